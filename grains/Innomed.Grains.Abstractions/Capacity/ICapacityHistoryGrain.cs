namespace Innomed.Grains.Capacity;

/// <summary>Reads a unit's capacity time series (a stateless worker in front of the history table).</summary>
[Alias("innomed.ICapacityHistoryGrain")]
public interface ICapacityHistoryGrain : IGrainWithIntegerKey
{
    /// <summary>Points of <paramref name="bucket"/> width covering [from, to); buckets start on UTC boundaries.</summary>
    [Alias("query"), ReadOnly]
    Task<IReadOnlyList<CapacityHistoryPoint>> QueryAsync(string unitId, DateTimeOffset from, DateTimeOffset to, CapacityBucket bucket);
}
