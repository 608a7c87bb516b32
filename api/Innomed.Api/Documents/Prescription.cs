namespace Innomed.Api.Documents;

/// <summary>The structured content of a prescription; the stored document is its rendering (PDF).</summary>
public sealed record Prescription(PrescriptionCategory Category, IReadOnlyList<PrescriptionLine> Lines, string? Notes, string PrescriberId);
