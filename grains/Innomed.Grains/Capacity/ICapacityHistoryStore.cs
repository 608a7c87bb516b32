namespace Innomed.Grains.Capacity;

/// <summary>
/// The capacity time series table (PostgreSQL in production, SQLite in the embedded run; the silo
/// wires one). Appends are idempotent: (unit, recorded at) is unique and a duplicate is skipped.
/// </summary>
public interface ICapacityHistoryStore
{
    Task AppendAsync(IReadOnlyList<CapacitySample> samples, CancellationToken cancellationToken);

    /// <summary>The unit's samples in [from, to) oldest first, preceded by the last one before <paramref name="from"/> if any.</summary>
    Task<IReadOnlyList<CapacitySample>> ReadAsync(string unitId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Deletes samples older than <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
