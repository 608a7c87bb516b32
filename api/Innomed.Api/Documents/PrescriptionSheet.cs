namespace Innomed.Api.Documents;

/// <summary>What a rendered prescription shows besides its lines: who prescribes, for whom, when.</summary>
public sealed record PrescriptionSheet(
    string PrescriberName,
    string PrescriberId,
    string? PrescriberSpecialty,
    string PatientName,
    DateOnly PatientBirthDate,
    DateOnly Date,
    Guid JourneyId,
    Prescription Prescription);
