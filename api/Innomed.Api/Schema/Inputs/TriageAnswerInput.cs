namespace Innomed.Api.Schema.Inputs;

public sealed class TriageAnswerInput
{
    public string Question { get; set; } = "";
    public string Value { get; set; } = "";
}
