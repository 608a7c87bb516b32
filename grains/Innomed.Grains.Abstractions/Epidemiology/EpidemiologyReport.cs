namespace Innomed.Grains.Epidemiology;

[GenerateSerializer, Immutable, Alias("innomed.epidemiology-report")]
public sealed record EpidemiologyReport
{
    [Id(0)] public required string TerritoryId { get; init; }
    [Id(1)] public required DateOnly From { get; init; }
    [Id(2)] public required DateOnly To { get; init; }
    /// <summary>Counts from 1 to this minus 1 are suppressed.</summary>
    [Id(3)] public required int SuppressionThreshold { get; init; }
    [Id(4)] public required IReadOnlyList<EpidemiologyDay> Days { get; init; }
    [Id(5)] public IReadOnlyList<EpidemiologyAlert> ActiveAlerts { get; init; } = [];
}
