namespace Innomed.Api.Schema.TeleExpertise;

public sealed class DocumentReferenceInput
{
    public string? Name { get; set; }
    public string? ContentType { get; set; }
    public string? Reference { get; set; }
    public string? DocumentId { get; set; }
}
