namespace Innomed.Grains;

/// <summary>
/// A dictionary kept in a grain state (the snapshot) plus a log of its changes in a second state.
/// Beyond <see cref="SmallMap"/> entries a change writes the log, not the snapshot, so what an index
/// grain writes per journey change no longer grows with how many journeys it holds. When the log
/// reaches about √(2n) changes for n entries (which minimises snapshot-plus-log bytes per change)
/// the snapshot is written instead, carrying the sequence number of the last change it holds, and
/// the log drops what the snapshot covers.
/// On activation <see cref="Load"/> replays the changes numbered after the snapshot's, in order:
/// a crash between the two writes replays changes the snapshot already holds, which ends in the
/// same state. Snapshot writes go through the snapshot's own <see cref="GroupCommit"/>, shared
/// with the grain's other changes to that state, so two writes of one state never overlap.
/// Written here because Orleans offers no incremental grain state.
/// </summary>
public sealed class LoggedMap<TKey, TValue> where TKey : notnull
{
    /// <summary>Up to this many entries the snapshot is small enough to write every time (one write, no log).</summary>
    private const int SmallMap = 64;

    private readonly Func<Dictionary<TKey, TValue>> _items;
    private readonly Func<long> _snapshotSeq;
    private readonly Action<long> _setSnapshotSeq;
    private readonly GroupCommit _snapshotCommit;
    private readonly IPersistentState<MapLog<TKey, TValue>> _log;
    private readonly GroupCommit _logCommit;
    private long _nextSeq;
    private long _storedSeq;
    private int _compactions;

    public LoggedMap(Func<Dictionary<TKey, TValue>> items, Func<long> snapshotSeq, Action<long> setSnapshotSeq,
        GroupCommit snapshotCommit, IPersistentState<MapLog<TKey, TValue>> log)
    {
        (_items, _snapshotSeq, _setSnapshotSeq, _snapshotCommit, _log) = (items, snapshotSeq, setSnapshotSeq, snapshotCommit, log);
        _logCommit = new GroupCommit(() => log.WriteStateAsync());
        Load();
    }

    public IReadOnlyDictionary<TKey, TValue> Items => _items();

    /// <summary>The number of the last change made (stored or not): grows with every change, survives activations.</summary>
    public long LastSeq => _nextSeq - 1;

    private List<MapChange<TKey, TValue>> Changes => _log.State.Changes;

    public void Set(TKey key, TValue value)
    {
        _items()[key] = value;
        Changes.Add(new MapChange<TKey, TValue>(_nextSeq++, key, value, Removed: false));
    }

    public bool Remove(TKey key)
    {
        if (!_items().Remove(key)) return false;
        Changes.Add(new MapChange<TKey, TValue>(_nextSeq++, key, default, Removed: true));
        return true;
    }

    /// <summary>Answers once every change made so far is stored (in the log or in the snapshot).</summary>
    public async Task CommitAsync()
    {
        var mine = _nextSeq - 1;
        await WriteAsync();
        if (mine > _storedSeq) _storedSeq = mine;
    }

    /// <summary>Stores whatever is not stored yet (a redelivered change must not be acknowledged before).</summary>
    public Task FlushAsync() => _storedSeq < _nextSeq - 1 ? CommitAsync() : Task.CompletedTask;

    private async Task WriteAsync()
    {
        // A large map logs while its snapshot is being written: a second snapshot write would cost
        // as much as the first. A small one always writes its snapshot (the group commit coalesces).
        var count = _items().Count;
        if (count > SmallMap && (_compactions > 0 || Changes.Count < Math.Sqrt(2.0 * count)))
        {
            await _logCommit.CommitAsync();
            return;
        }
        _compactions++;
        try
        {
            var covered = _nextSeq - 1;
            _setSnapshotSeq(covered);
            await _snapshotCommit.CommitAsync();
            // Trimmed in memory only: the stored log's older changes are skipped on replay (numbered
            // at or below the snapshot's), and the next log write drops them.
            Changes.RemoveAll(c => c.Seq <= covered);
        }
        finally
        {
            _compactions--;
        }
    }

    /// <summary>Applies the logged changes the snapshot does not hold (the states are read before activation).</summary>
    private void Load()
    {
        var covered = _snapshotSeq();
        var items = _items();
        foreach (var change in Changes)
        {
            if (change.Seq <= covered) continue;
            if (change.Removed) items.Remove(change.Key);
            else items[change.Key] = change.Value!;
        }
        _storedSeq = Math.Max(covered, Changes.Count == 0 ? 0 : Changes.Max(c => c.Seq));
        _nextSeq = _storedSeq + 1;
    }
}
