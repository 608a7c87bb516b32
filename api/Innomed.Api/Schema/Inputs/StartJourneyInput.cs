namespace Innomed.Api.Schema.Inputs;

public sealed class StartJourneyInput
{
    public string TerritoryId { get; set; } = "";
    public PatientInput Patient { get; set; } = new();
}
