namespace Innomed.Grains;

/// <summary>
/// Group commit for a grain whose state many callers change at once (the index grains: every
/// journey change of a territory lands in one territory grain). A caller changes the state, then
/// awaits <see cref="CommitAsync"/>, which returns once a write that started after its change has
/// succeeded. While one write runs, the changes made meanwhile wait and share the next write, so
/// under load one write carries many changes instead of one each. Nothing is acknowledged before
/// it is stored. Needs interleaving callers (<c>[AlwaysInterleave]</c>) to coalesce; all code runs
/// on the grain's single-threaded scheduler, so no locks. Written here because Orleans offers no
/// write coalescing for grain state.
/// </summary>
public sealed class GroupCommit(Func<Task> write)
{
    private long _changed;
    private long _stored;
    private Task? _writing;

    /// <summary>A change is in memory that storage does not hold yet (e.g. after a failed write).</summary>
    public bool Pending => _stored < _changed;

    public async Task CommitAsync()
    {
        var mine = ++_changed;
        while (_stored < mine)
        {
            if (_writing is { IsCompleted: false } running)
            {
                try
                {
                    await running;
                }
                catch
                {
                    // The owner of that write reports its failure; this change is tried again below.
                }
                continue;
            }
            var task = WriteAsync();
            _writing = task;
            await task; // a failure here is this caller's to report
        }
    }

    /// <summary>Stores whatever is pending (nothing to do when storage is up to date).</summary>
    public Task FlushAsync() => Pending ? CommitAsync() : Task.CompletedTask;

    private async Task WriteAsync()
    {
        var covers = _changed; // the state is serialised as the write starts: it holds every change so far
        await write();
        if (covers > _stored) _stored = covers;
    }
}
