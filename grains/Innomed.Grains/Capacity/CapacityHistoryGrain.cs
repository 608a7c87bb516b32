using Innomed.Grains.Errors;
using Orleans.Concurrency;

namespace Innomed.Grains.Capacity;

/// <summary>Reads the history table for charts; stateless, one activation per silo core at most.</summary>
[StatelessWorker]
public sealed class CapacityHistoryGrain(ICapacityHistoryStore store) : Grain, ICapacityHistoryGrain
{
    public async Task<IReadOnlyList<CapacityHistoryPoint>> QueryAsync(string unitId, DateTimeOffset from, DateTimeOffset to, CapacityBucket bucket)
    {
        if (string.IsNullOrWhiteSpace(unitId) || unitId.Length > 128) throw new InvalidInputException("unitId", "A unit id is required.");
        CapacityBuckets.Validate(from, to, bucket);
        var samples = await store.ReadAsync(unitId, CapacityBuckets.Floor(from, bucket), to, CancellationToken.None);
        return CapacityBuckets.Aggregate(samples, from, to, bucket);
    }
}
