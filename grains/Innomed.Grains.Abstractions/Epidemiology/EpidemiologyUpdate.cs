namespace Innomed.Grains.Epidemiology;

/// <summary>
/// Live event: a day of a territory changed. Carries only published (suppressed) figures, never raw
/// counts, so the live channel holds no more than the dashboard shows.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.epidemiology-update")]
public sealed record EpidemiologyUpdate
{
    [Id(2)] public required string TerritoryId { get; init; }
    [Id(0)] public required EpidemiologyDay Day { get; init; }
    /// <summary>Alerts raised by this change (usually none).</summary>
    [Id(1)] public IReadOnlyList<EpidemiologyAlert> RaisedAlerts { get; init; } = [];
}
