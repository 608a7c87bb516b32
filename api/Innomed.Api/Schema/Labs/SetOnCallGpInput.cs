using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Labs;

public sealed class SetOnCallGpInput
{
    public string TerritoryId { get; set; } = "";
    public string? PractitionerId { get; set; }
}
