using Innomed.Api.Audit;

namespace Innomed.Api.Tests.Audit;

/// <summary>The buffer and its writer: batching, retries, shutdown drain, and failing closed.</summary>
[Trait("Category", "Unit")]
public sealed class AuditWriterTests
{
    private static AuditRecord Record(int i) =>
        new(DateTimeOffset.UtcNow, $"actor-{i}", "GP", "Mutation.submitTriage", Guid.NewGuid(), "OK", "HTTP", $"req-{i}");

    [Fact]
    public async Task GivenAThousandRecords_WhenTheyAreEnqueuedWhileAWriteIsInFlight_ThenAllArePersistedAfterAFlush_InFewBatches()
    {
        var store = new InMemoryAuditStore();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.BeforeAppend = (_, ct) => release.Task.WaitAsync(ct);
        await using var audit = await AuditHarness.StartAsync(new() { ["Innomed:Audit:BatchSize"] = "400" }, store);

        for (var i = 0; i < 1000; i++) (await audit.Buffer.RecordAsync(Record(i))).ShouldBeTrue();
        release.SetResult();
        await audit.Buffer.FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);

        store.Records.Select(r => r.ActorId).ShouldBe(Enumerable.Range(0, 1000).Select(i => $"actor-{i}"));
        store.Batches.ShouldAllBe(b => b <= 400);
        // The first write took what was there; the 1,000 queued behind it went in full batches.
        store.Batches.Count.ShouldBeLessThanOrEqualTo(4);
    }

    [Fact]
    public async Task GivenTheDatabaseFails_WhenItComesBack_ThenTheHeldRecordsAreStoredOnce()
    {
        var store = new InMemoryAuditStore();
        var failures = 0;
        store.BeforeAppend = (_, _) => Interlocked.Increment(ref failures) <= 3
            ? throw new InvalidOperationException("database down")
            : Task.CompletedTask;
        await using var audit = await AuditHarness.StartAsync(new() { ["Innomed:Audit:MaxRetryDelay"] = "00:00:00.050" }, store);

        for (var i = 0; i < 50; i++) await audit.Buffer.RecordAsync(Record(i));
        await audit.Buffer.FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);

        failures.ShouldBeGreaterThan(3);
        store.Records.Count.ShouldBe(50);
        store.Records.Select(r => r.ActorId).Distinct().Count().ShouldBe(50);
    }

    [Fact]
    public async Task GivenQueuedRecords_WhenTheHostStops_ThenStopWaitsUntilAllAreStored()
    {
        var store = new InMemoryAuditStore { BeforeAppend = (_, ct) => Task.Delay(20, ct) };
        var audit = await AuditHarness.StartAsync(new() { ["Innomed:Audit:BatchSize"] = "100" }, store);

        for (var i = 0; i < 1000; i++) await audit.Buffer.RecordAsync(Record(i));
        await audit.Writer.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        store.Records.Count.ShouldBe(1000);
        (await audit.Buffer.RecordAsync(Record(1001))).ShouldBeFalse(); // intake closed: logged, not silently dropped
        audit.Buffer.IsAccepting.ShouldBeFalse();
        await audit.DisposeAsync();
    }

    [Fact]
    public async Task GivenADeadDatabase_WhenTheShutdownDeadlinePasses_ThenStopReturnsAndTheRecordsAreSettled()
    {
        var store = new InMemoryAuditStore { BeforeAppend = (_, _) => throw new InvalidOperationException("database down") };
        var audit = await AuditHarness.StartAsync(new() { ["Innomed:Audit:MaxRetryDelay"] = "00:00:00.050" }, store);
        for (var i = 0; i < 10; i++) await audit.Buffer.RecordAsync(Record(i));

        await audit.Writer.StopAsync(new CancellationTokenSource(TimeSpan.FromMilliseconds(300)).Token);

        store.Records.ShouldBeEmpty();
        // Given up records went to the log (critical); a flush does not hang on them.
        await audit.Buffer.FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
        await audit.DisposeAsync();
    }

    [Fact]
    public async Task GivenAFullBuffer_WhenAJourneyIsRead_ThenTheRequestFailsClosedWithInternal_AndTheResolverDoesNotRun()
    {
        var store = new InMemoryAuditStore();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.BeforeAppend = (_, ct) => release.Task.WaitAsync(ct);
        await using var audit = await AuditHarness.StartAsync(new()
        {
            ["Innomed:Audit:BufferCapacity"] = "2",
            ["Innomed:Audit:EnqueueTimeout"] = "00:00:00.010",
        }, store);
        await audit.Buffer.RecordAsync(Record(0)); // taken by the writer, which then blocks
        await Task.Delay(50);
        await audit.Buffer.RecordAsync(Record(1));
        await audit.Buffer.RecordAsync(Record(2));
        audit.Buffer.IsAccepting.ShouldBeFalse();
        var runs = AuditTestSchema.ResolverRuns;

        var result = await audit.ExecuteAsync("""{ journey(id: "0190a5e2-1111-7000-8000-000000000001") { id familyName } }""");

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("INTERNAL");
        AuditTestSchema.ResolverRuns.ShouldBe(runs);
        release.SetResult();
        await audit.Buffer.FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
        audit.Buffer.IsAccepting.ShouldBeTrue();
    }
}
