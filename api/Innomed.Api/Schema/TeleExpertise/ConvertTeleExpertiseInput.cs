using Innomed.Api.Schema.Inputs;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class ConvertTeleExpertiseInput
{
    public string JourneyId { get; set; } = "";
    public string StepId { get; set; } = "";
    public string Reason { get; set; } = "";
    public PerformerInput? Performer { get; set; }
    public Priority? Priority { get; set; }
    public string? Note { get; set; }
}
