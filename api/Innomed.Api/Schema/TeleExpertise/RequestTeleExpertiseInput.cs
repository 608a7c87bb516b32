using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class RequestTeleExpertiseInput
{
    public string JourneyId { get; set; } = "";
    public string ExpertId { get; set; } = "";
    public string Question { get; set; } = "";
    public List<DocumentReferenceInput>? Attachments { get; set; }
    public Priority? Priority { get; set; }
    public DateTimeOffset? DueBy { get; set; }
    public string? ParentStepId { get; set; }
}
