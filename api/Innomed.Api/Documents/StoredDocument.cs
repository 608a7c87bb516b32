namespace Innomed.Api.Documents;

/// <summary>
/// A document's metadata as stored in <c>innomed_documents</c> (the content is read separately). The
/// name is patient data too (it often names the patient): never logged.
/// </summary>
public sealed record StoredDocument
{
    public required Guid Id { get; init; }
    public required Guid JourneyId { get; init; }
    public Guid? StepId { get; init; }
    public required DocumentKind Kind { get; init; }
    public required string Name { get; init; }
    /// <summary>The media type the content was recognised as (never only what the client declared).</summary>
    public required string ContentType { get; init; }
    public required long Size { get; init; }
    /// <summary>Lower-case hexadecimal SHA-256 of the content.</summary>
    public required string Sha256 { get; init; }
    public required string UploadedBy { get; init; }
    public required string UploadedByRole { get; init; }
    public required DateTimeOffset UploadedAt { get; init; }
    public Prescription? Prescription { get; init; }

    public string DownloadUrl => DocumentEndpoints.DownloadPath(Id);
}
