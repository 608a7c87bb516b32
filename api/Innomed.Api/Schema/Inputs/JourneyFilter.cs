using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Inputs;

/// <summary>Which index to read: a territory, a practitioner or a unit; then stage and overdue.</summary>
public sealed class JourneyFilter
{
    public string? TerritoryId { get; set; }
    public string? PractitionerId { get; set; }
    public string? UnitId { get; set; }
    public JourneyStage? Stage { get; set; }
    public bool? Overdue { get; set; }
}
