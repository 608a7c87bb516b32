namespace Innomed.Grains.Capacity;

/// <summary>
/// One bucket of a unit's capacity chart. Capacity is a level, not a flow: the values are those in
/// force at the end of the bucket (carried forward from an earlier sample when none fell inside it),
/// and the maxima cover every value in force during the bucket.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.capacity-history-point")]
public sealed record CapacityHistoryPoint
{
    [Id(0)] public required DateTimeOffset Start { get; init; }
    [Id(1)] public required DateTimeOffset End { get; init; }
    /// <summary>Samples published inside the bucket (0: the values were carried forward).</summary>
    [Id(2)] public int Samples { get; init; }
    [Id(3)] public int BedsTotal { get; init; }
    [Id(4)] public int BedsOccupied { get; init; }
    [Id(5)] public int BedsOccupiedMax { get; init; }
    [Id(6)] public int ErWaiting { get; init; }
    [Id(7)] public int ErWaitingMax { get; init; }
    [Id(8)] public int ErLongestWaitMinutesMax { get; init; }
    [Id(9)] public int DoctorsOnDuty { get; init; }
    [Id(10)] public IReadOnlyList<BedCount> Beds { get; init; } = [];
}
