namespace Innomed.Api.Schema.Documents;

public sealed class LinkDocumentInput
{
    public string JourneyId { get; set; } = "";
    public string DocumentId { get; set; } = "";
    public string? StepId { get; set; }
}
