namespace Innomed.Api.Live;

/// <summary>
/// The observers of one pump (<see cref="JourneyChangeRouter"/>). Rx's <c>Subject</c> copies its whole
/// array on every subscribe and unsubscribe: 10,000 subscribers to one journey made ~200 MB of garbage
/// to set up and as much to tear down, and the process paid for it in collections during the next
/// deliveries. Here joining appends to an array that doubles when full, leaving marks the entry, and
/// the array is compacted once most of it has left: amortised O(1) either way. A delivery walks a
/// snapshot without a lock (observers that join meanwhile start with the next one) and one observer
/// that throws does not keep the others from the change. No library offers this shape.
/// </summary>
internal sealed class ObserverList<T>
{
    private readonly Lock _gate = new();
    private Snapshot _snapshot = new(new Entry?[4], 0);
    private int _live;
    private int _left; // marked as left, still in the array

    public bool IsEmpty => Volatile.Read(ref _live) == 0;

    public IDisposable Add(IObserver<T> observer)
    {
        var entry = new Entry(this, observer);
        lock (_gate)
        {
            var (entries, count) = _snapshot;
            if (count == entries.Length)
            {
                entries = Copy(entries, count, Math.Max(4, (count - _left) * 2));
                count -= _left;
                _left = 0;
            }
            entries[count] = entry;
            Volatile.Write(ref _snapshot, new Snapshot(entries, count + 1));
            _live++;
        }
        return entry;
    }

    /// <summary>Calls every observer present when it starts; <paramref name="failed"/> hears of any that throws.</summary>
    public void OnNext(T value, Action<Exception> failed)
    {
        var (entries, count) = Volatile.Read(ref _snapshot);
        for (var i = 0; i < count; i++)
        {
            if (entries[i] is not { Left: false } entry) continue;
            try
            {
                entry.Observer.OnNext(value);
            }
            catch (Exception ex)
            {
                failed(ex);
            }
        }
    }

    private void Remove(Entry entry)
    {
        lock (_gate)
        {
            if (entry.Left) return;
            entry.Left = true;
            _live--;
            _left++;
            var (entries, count) = _snapshot;
            if (_left < 16 || _left * 4 < count * 3) return;
            // Mostly gone: keep the live ones in an array with room to grow again.
            var live = count - _left;
            Volatile.Write(ref _snapshot, new Snapshot(Copy(entries, count, Math.Max(4, live * 2)), live));
            _left = 0;
        }
    }

    private static Entry?[] Copy(Entry?[] entries, int count, int capacity)
    {
        var copy = new Entry?[capacity];
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            if (entries[i] is { Left: false } e) copy[n++] = e;
        }
        return copy;
    }

    /// <summary>The array and how many of its slots are in use, published together.</summary>
    private sealed record Snapshot(Entry?[] Entries, int Count);

    private sealed class Entry(ObserverList<T> list, IObserver<T> observer) : IDisposable
    {
        public IObserver<T> Observer { get; } = observer;

        private volatile bool _left;

        public bool Left
        {
            get => _left;
            set => _left = value;
        }

        public void Dispose() => list.Remove(this);
    }
}
