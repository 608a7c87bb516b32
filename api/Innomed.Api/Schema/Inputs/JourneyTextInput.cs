namespace Innomed.Api.Schema.Inputs;

/// <summary>A journey id and one text: the outcome, the reason or a note.</summary>
public sealed class JourneyTextInput
{
    public string JourneyId { get; set; } = "";
    public string? Outcome { get; set; }
    public string? Reason { get; set; }
    public string? Note { get; set; }
}
