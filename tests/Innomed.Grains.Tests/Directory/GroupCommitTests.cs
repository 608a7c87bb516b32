using Innomed.Grains.Directory;

namespace Innomed.Grains.Tests.Directory;

/// <summary>
/// Group commit on a single-threaded scheduler, as on a grain's: every call and every write
/// completion runs there; the test waits for the effects it asserts.
/// </summary>
[Trait("Category", "Unit")]
public sealed class GroupCommitTests
{
    private readonly TaskFactory _grain = new(new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler);
    private readonly List<TaskCompletionSource> _writes = [];
    private readonly GroupCommit _commit;

    public GroupCommitTests() => _commit = new GroupCommit(() =>
    {
        var write = new TaskCompletionSource();
        _writes.Add(write);
        return write.Task;
    });

    [Fact]
    public async Task Given_AWriteRunning_When_MoreChangesCommit_Then_TheyShareTheNextWriteAndNobodyReturnsBeforeTheirChangeIsStored()
    {
        var first = await Commit();
        var second = await Commit();
        var third = await Commit();
        (await Writes()).ShouldBe(1);

        await Complete(0);
        await first;
        await Until(() => _writes.Count == 2, "the next write");
        second.IsCompleted.ShouldBeFalse("its change came after the first write started");
        third.IsCompleted.ShouldBeFalse();

        await Complete(1);
        await second;
        await third;
        (await Writes()).ShouldBe(2, "the two later changes shared one write");
        (await _grain.StartNew(() => _commit.Pending)).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_AFailedWrite_When_Committed_Then_ItsCallerFailsTheChangeStaysPendingAndAFlushStoresIt()
    {
        var first = await Commit();
        await Fail(0);

        await Should.ThrowAsync<InvalidOperationException>(first);
        (await _grain.StartNew(() => _commit.Pending)).ShouldBeTrue();
        var flush = await _grain.StartNew(() => _commit.FlushAsync());
        await Until(() => _writes.Count == 2, "the flush's write");
        await Complete(1);
        await flush;
        (await _grain.StartNew(() => _commit.Pending)).ShouldBeFalse();
        await await _grain.StartNew(() => _commit.FlushAsync());
        (await Writes()).ShouldBe(2, "nothing pending: no write");
    }

    [Fact]
    public async Task Given_AWaiterWhoseSharedWriteFails_When_ItLoops_Then_ItWritesItselfInsteadOfReturning()
    {
        var first = await Commit();
        var second = await Commit();
        await Fail(0);

        await Should.ThrowAsync<InvalidOperationException>(first);
        await Until(() => _writes.Count == 2, "the waiter's own write");
        second.IsCompleted.ShouldBeFalse();
        await Complete(1);
        await second;
    }

    private Task<Task> Commit() => _grain.StartNew(() => _commit.CommitAsync());

    private Task<int> Writes() => _grain.StartNew(() => _writes.Count);

    private Task Complete(int write) => _grain.StartNew(() => _writes[write].SetResult());

    private Task Fail(int write) => _grain.StartNew(() => _writes[write].SetException(new InvalidOperationException("storage down")));

    private async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!await _grain.StartNew(condition))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(5);
        }
    }
}
