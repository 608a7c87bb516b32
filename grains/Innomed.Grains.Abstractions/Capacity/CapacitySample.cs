namespace Innomed.Grains.Capacity;

/// <summary>
/// One row of the capacity time series: a unit's figures as published at <see cref="RecordedAt"/>.
/// (unit, recorded at) is unique, so writing a sample twice stores it once.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.capacity-sample")]
public sealed record CapacitySample
{
    [Id(0)] public required string UnitId { get; init; }
    [Id(1)] public required string TerritoryId { get; init; }
    [Id(2)] public required DateTimeOffset RecordedAt { get; init; }
    [Id(3)] public int BedsTotal { get; init; }
    [Id(4)] public int BedsOccupied { get; init; }
    [Id(5)] public int ErWaiting { get; init; }
    [Id(6)] public int ErLongestWaitMinutes { get; init; }
    [Id(7)] public int DoctorsOnDuty { get; init; }
    [Id(8)] public IReadOnlyList<BedCount> Beds { get; init; } = [];
}
