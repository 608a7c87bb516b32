using Microsoft.Data.Sqlite;

namespace Innomed.IntegrationTests.Persistence;

/// <summary>Embedded mode end to end: no connection string, so grain state and reminders live in a SQLite file.</summary>
[Trait("Category", "Integration")]
public sealed class SqliteStorageTests : IDisposable
{
    private readonly string _serviceId = $"embedded-{Guid.NewGuid():N}";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"innomed-embedded-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string?> _settings;

    public SqliteStorageTests() => _settings = new() { ["Innomed:DataDirectory"] = _directory };

    [Fact]
    public async Task Given_StateWrittenByV1Class_When_ReadByV2ClassWithAddedFields_Then_AddedFieldsHaveTheirDefaults()
    {
        var cluster = await InnomedTestCluster.StartAsync(_serviceId, _settings);
        try
        {
            await StorageContract.StateWrittenByV1IsReadByV2Async(cluster);
        }
        finally
        {
            await InnomedTestCluster.StopAsync(cluster);
        }
    }

    [Fact]
    public async Task Given_StoredState_When_StaleOrDuplicateWritesArrive_Then_TheyAreRejected()
    {
        var cluster = await InnomedTestCluster.StartAsync(_serviceId, _settings);
        try
        {
            await StorageContract.StaleAndDuplicateWritesAreRejectedAsync(cluster);
        }
        finally
        {
            await InnomedTestCluster.StopAsync(cluster);
        }
    }

    [Fact]
    public async Task Given_GrainStateWrittenToSqlite_When_ClusterRestarts_Then_StateIsIdentical()
    {
        var first = await InnomedTestCluster.StartAsync(_serviceId, _settings);
        var grain = first.GrainFactory.GetGrain<IPersistenceProbeGrain>("journey-7");
        await grain.RecordAsync("referral", 1);
        await grain.RecordAsync("consultation", 3);
        var before = await grain.GetAsync();
        await InnomedTestCluster.StopAsync(first);

        File.Exists(Path.Combine(_directory, "innomed.db")).ShouldBeTrue();
        var second = await InnomedTestCluster.StartAsync(_serviceId, _settings);
        try
        {
            var after = await second.GrainFactory.GetGrain<IPersistenceProbeGrain>("journey-7").GetAsync();

            after.ShouldBe(before with { History = after.History });
            after.History.ShouldBe(["referral:1", "consultation:3"]);
            after.ETag.ShouldBe("2");
            after.DefaultStorageWrites.ShouldBe(2);
        }
        finally
        {
            await InnomedTestCluster.StopAsync(second);
        }
    }

    [Fact]
    public async Task Given_ReminderRegisteredInEmbeddedMode_When_ProcessRestarts_Then_ItTicksAgainWithoutAnyCall()
    {
        var first = await InnomedTestCluster.StartAsync(_serviceId, _settings);
        var probe = first.GrainFactory.GetGrain<IReminderProbeGrain>("escalation-2");
        await probe.StartAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        await Eventually.SatisfiesAsync(probe.GetTicksAsync, t => t.Count >= 1, TimeSpan.FromSeconds(30), "the reminder ticks once");
        await InnomedTestCluster.StopAsync(first);
        var restartedAt = DateTime.UtcNow;

        var second = await InnomedTestCluster.StartAsync(_serviceId, _settings);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            var restarted = second.GrainFactory.GetGrain<IReminderProbeGrain>("escalation-2");
            var ticks = await Eventually.SatisfiesAsync(restarted.GetTicksAsync, t => t.LastTickUtc > restartedAt,
                TimeSpan.FromSeconds(30), "the reminder ticks after the restart");
            ticks.Count.ShouldBeGreaterThan(1);
            await restarted.StopAsync();
        }
        finally
        {
            await InnomedTestCluster.StopAsync(second);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
