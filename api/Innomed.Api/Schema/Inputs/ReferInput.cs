using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Inputs;

public sealed class ReferInput
{
    public string JourneyId { get; set; } = "";
    public string? ParentStepId { get; set; }
    public StepKind? Kind { get; set; }
    public PerformerInput Performer { get; set; } = new();
    public string Reason { get; set; } = "";
    public Priority? Priority { get; set; }
    public DateTimeOffset? DueBy { get; set; }
    public string? Note { get; set; }
}
