namespace Innomed.Grains.Deadlines;

/// <summary>
/// Watches the pending deadlines of a share of a territory's journeys (key
/// <c>{territoryId}/{shard}</c>, see <see cref="DeadlineWatches"/>) and asks each journey to
/// escalate when one falls due. One durable reminder per watch instead of one per journey: a
/// journey's deadline costs a row in a group-committed write, not a reminder-table round trip
/// serialised through the silo's reminder service on the request path.
/// </summary>
[Alias("innomed.IDeadlineWatchGrain")]
public interface IDeadlineWatchGrain : IGrainWithStringKey
{
    /// <summary>Watches (or moves) the journey's deadline of this kind; returns once stored.</summary>
    [Alias("watch"), AlwaysInterleave] Task WatchAsync(WatchedDeadline deadline);

    /// <summary>Stops watching; nothing to store when the deadline was not watched.</summary>
    [Alias("forget"), AlwaysInterleave] Task ForgetAsync(Guid journeyId, DeadlineKind kind);

    /// <summary>The deadlines watched, soonest first.</summary>
    [Alias("list"), ReadOnly, AlwaysInterleave] Task<IReadOnlyList<WatchedDeadline>> GetAsync();

    /// <summary>Checks the deadlines due now (the reminder does this every period; tests and ops may too).</summary>
    [Alias("sweep")] Task SweepAsync();
}
