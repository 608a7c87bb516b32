namespace Innomed.Api.Documents;

/// <summary>What a stored document is, for the patient file.</summary>
public enum DocumentKind
{
    ConsultationReport,
    Result,
    Letter,
    Prescription,
    Other,
}
