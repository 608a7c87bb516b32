using Innomed.Grains.Triage;

namespace Innomed.Grains.Epidemiology;

/// <summary>A category whose 7-day average rose above its threshold (only published figures go into the decision).</summary>
[GenerateSerializer, Immutable, Alias("innomed.epidemiology-alert")]
public sealed record EpidemiologyAlert
{
    [Id(0)] public required string TerritoryId { get; init; }
    [Id(1)] public required SymptomCategory Category { get; init; }
    [Id(2)] public required DateOnly Date { get; init; }
    [Id(3)] public required double RollingAverage7 { get; init; }
    [Id(4)] public required double PreviousAverage7 { get; init; }
    [Id(5)] public required EpidemiologyThreshold Threshold { get; init; }
    [Id(6)] public required DateTimeOffset RaisedAt { get; init; }
}
