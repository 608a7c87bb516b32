using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Inputs;

public sealed class UpdateStepInput
{
    public string JourneyId { get; set; } = "";
    public string StepId { get; set; } = "";
    public StepAction Action { get; set; }
    public string? Note { get; set; }
    public string? Report { get; set; }
    public string? Reason { get; set; }
    public SlotInput? Slot { get; set; }
    public string? Alternative { get; set; }
    public PerformerInput? SuggestedPerformer { get; set; }
}
