using Innomed.Grains.Triage;

namespace Innomed.Grains.Epidemiology;

/// <summary>
/// When a category's rise is an alert: its 7-day average per day is at least
/// <see cref="MinDailyAverage"/> and at least (1 + <see cref="RiseRatio"/>) times the average of the 7 days before.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.epidemiology-threshold")]
public sealed record EpidemiologyThreshold(
    [property: Id(0)] SymptomCategory Category,
    [property: Id(1)] double MinDailyAverage,
    [property: Id(2)] double RiseRatio);
