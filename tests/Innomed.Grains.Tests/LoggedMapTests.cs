namespace Innomed.Grains.Tests;

/// <summary>
/// The logged map's own logic over an in-memory state that keeps a copy of each write, as storage
/// does (pure logic: the grain-level tests use the cluster's storage).
/// </summary>
[Trait("Category", "Grains")]
public sealed class LoggedMapTests
{
    private readonly StoredState<Snapshot> _snapshot = new(s => new Snapshot { Items = new(s.Items), LogSeq = s.LogSeq });
    private readonly StoredState<MapLog<int, string>> _log = new(l => new MapLog<int, string> { Changes = [.. l.Changes] });

    [Fact]
    public async Task Given_ASmallMap_When_ItChanges_Then_TheSnapshotIsWrittenAndNothingIsLogged()
    {
        var map = Open();
        map.Set(1, "a");
        await map.CommitAsync();
        map.Remove(1);
        map.Set(2, "b");
        await map.CommitAsync();

        _snapshot.Writes.ShouldBe(2);
        _log.Writes.ShouldBe(0);
        Reopened().Items.ToDictionary().ShouldBe(new Dictionary<int, string> { [2] = "b" });
    }

    [Fact]
    public async Task Given_ALargeMap_When_ItChanges_Then_OnlyTheLogIsWrittenUntilItReachesTheSquareRootThreshold()
    {
        Seed(200); // √(2·200) = 20 changes before the snapshot is written again
        var map = Open();

        for (var i = 0; i < 19; i++)
        {
            map.Set(i, $"v{i}");
            await map.CommitAsync();
        }
        _snapshot.Writes.ShouldBe(0);
        _log.Writes.ShouldBe(19);
        _log.Stored.Changes.Count.ShouldBe(19);

        map.Remove(150);
        await map.CommitAsync();
        _snapshot.Writes.ShouldBe(1, "the 20th change writes the snapshot");
        _snapshot.Stored.LogSeq.ShouldBe(20);
        _snapshot.Stored.Items.ShouldNotContainKey(150);

        map.Set(7, "after");
        await map.CommitAsync();
        _log.Stored.Changes.Select(c => c.Seq).ShouldBe([21], "the next log write drops what the snapshot holds");

        var reopened = Reopened().Items;
        reopened.Count.ShouldBe(199);
        reopened[7].ShouldBe("after");
        reopened[3].ShouldBe("v3");
        reopened.ContainsKey(150).ShouldBeFalse();
    }

    [Fact]
    public void Given_ASnapshotWrittenButTheLogNotTrimmed_When_Opened_Then_OlderChangesAreSkippedAndLaterOnesReplayed()
    {
        Seed(100);
        // A crash after the snapshot (holding changes up to 6, key 5 = "b") and before the log write that trims it.
        _snapshot.Stored.Items[5] = "b";
        _snapshot.Stored.LogSeq = 6;
        _log.Stored.Changes = [new(5, 5, "a", false), new(6, 5, "b", false), new(7, 9, null, true), new(8, 5, "c", false)];

        var map = Open();

        map.Items[5].ShouldBe("c");
        map.Items.ContainsKey(9).ShouldBeFalse();
        map.Set(1, "next");
        _log.State.Changes[^1].Seq.ShouldBe(9, "numbering goes on after the highest stored change");
    }

    [Fact]
    public async Task Given_AFailedLogWrite_When_TheChangeIsFlushedLater_Then_ItIsStoredAndNotAcknowledgedBefore()
    {
        Seed(100);
        var map = Open();
        _log.FailNext = true;
        map.Set(1, "x");

        await Should.ThrowAsync<InvalidOperationException>(map.CommitAsync);
        Reopened().Items[1].ShouldBe("v1", "nothing was stored");

        await map.FlushAsync();
        Reopened().Items[1].ShouldBe("x");
        await map.FlushAsync();
        _log.Writes.ShouldBe(1, "nothing pending: no write");
    }

    [Fact]
    public async Task Given_AFailedSnapshotWrite_When_ALaterChangeIsLogged_Then_TheFailedOnesAreStillInTheLog()
    {
        Seed(100); // √200 ≈ 14.1: 14 changes logged, then a snapshot
        var map = Open();
        for (var i = 0; i < 14; i++)
        {
            map.Set(i, "logged");
            await map.CommitAsync();
        }
        _snapshot.Writes.ShouldBe(0);
        _snapshot.FailNext = true;
        map.Set(50, "in the failed snapshot");
        await Should.ThrowAsync<InvalidOperationException>(map.CommitAsync);

        await map.FlushAsync(); // the retry writes the snapshot (or the log): either way it is stored
        map.Set(51, "later");
        await map.CommitAsync();

        var reopened = Reopened().Items;
        reopened[50].ShouldBe("in the failed snapshot");
        reopened[51].ShouldBe("later");
        reopened[12].ShouldBe("logged");
    }

    private void Seed(int count)
    {
        for (var i = 0; i < count; i++) _snapshot.Stored.Items[i] = $"v{i}";
    }

    /// <summary>A fresh activation: the states read from what is stored, then the map replays its log.</summary>
    private LoggedMap<int, string> Open()
    {
        _snapshot.Read();
        _log.Read();
        return new LoggedMap<int, string>(() => _snapshot.State.Items, () => _snapshot.State.LogSeq, seq => _snapshot.State.LogSeq = seq,
            new GroupCommit(() => _snapshot.WriteStateAsync()), _log);
    }

    /// <summary>What another activation would read, leaving the live one alone.</summary>
    private LoggedMap<int, string> Reopened()
    {
        var snapshot = _snapshot.Stored;
        var items = new Dictionary<int, string>(snapshot.Items);
        var log = new StoredState<MapLog<int, string>>(l => new MapLog<int, string> { Changes = [.. l.Changes] });
        log.State.Changes = [.. _log.Stored.Changes];
        return new LoggedMap<int, string>(() => items, () => snapshot.LogSeq, _ => { }, new GroupCommit(() => Task.CompletedTask), log);
    }

    private sealed class Snapshot
    {
        public Dictionary<int, string> Items { get; set; } = [];
        public long LogSeq { get; set; }
    }

    /// <summary>Keeps a copy of what was written, like storage; can fail the next write.</summary>
    private sealed class StoredState<T>(Func<T, T> copy) : IPersistentState<T> where T : new()
    {
        public T Stored { get; private set; } = new();
        public int Writes { get; private set; }
        public bool FailNext { get; set; }
        public T State { get; set; } = new();
        public string? Etag => null;
        public bool RecordExists => true;

        public void Read() => State = copy(Stored);

        public Task WriteStateAsync()
        {
            if (FailNext)
            {
                FailNext = false;
                return Task.FromException(new InvalidOperationException("storage down"));
            }
            Stored = copy(State);
            Writes++;
            return Task.CompletedTask;
        }

        public Task ReadStateAsync() { Read(); return Task.CompletedTask; }
        public Task ClearStateAsync() => throw new NotSupportedException();
    }
}
