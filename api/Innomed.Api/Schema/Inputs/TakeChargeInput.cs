namespace Innomed.Api.Schema.Inputs;

public sealed class TakeChargeInput
{
    public string JourneyId { get; set; } = "";
    public string PractitionerId { get; set; } = "";
}
