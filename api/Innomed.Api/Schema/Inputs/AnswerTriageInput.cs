namespace Innomed.Api.Schema.Inputs;

public sealed class AnswerTriageInput
{
    public string JourneyId { get; set; } = "";
    public string Question { get; set; } = "";
    public string Value { get; set; } = "";
}
