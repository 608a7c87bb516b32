using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Inputs;

public sealed class SubmitTriageInput
{
    public string JourneyId { get; set; } = "";
    public List<TriageAnswerInput>? Answers { get; set; }
    public TriageLevel? Level { get; set; }
    public string? Note { get; set; }
}
