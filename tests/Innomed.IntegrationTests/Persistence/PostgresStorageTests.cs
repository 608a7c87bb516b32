using Innomed.IntegrationTests.Infrastructure;
using Npgsql;

namespace Innomed.IntegrationTests.Persistence;

/// <summary>PostgreSQL mode end to end: ADO.NET clustering, grain storage and reminders over one database.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PostgresStorageTests(PostgresServer server) : IAsyncLifetime
{
    private readonly string _serviceId = $"pg-{Guid.NewGuid():N}";
    private Dictionary<string, string?> _settings = [];

    public async Task InitializeAsync() =>
        _settings = new() { ["ConnectionStrings:Innomed"] = await server.CreateDatabaseAsync() };

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_StateWrittenByV1Class_When_ReadByV2ClassWithAddedFields_Then_AddedFieldsHaveTheirDefaults()
    {
        var cluster = await InnomedTestCluster.StartAsync(_serviceId, _settings, useAdoNetClustering: true);
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
        var cluster = await InnomedTestCluster.StartAsync(_serviceId, _settings, useAdoNetClustering: true);
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
    public async Task Given_GrainStateWrittenToPostgres_When_ClusterRestarts_Then_StateIsIdentical()
    {
        var first = await InnomedTestCluster.StartAsync(_serviceId, _settings, useAdoNetClustering: true);
        var grain = first.GrainFactory.GetGrain<IPersistenceProbeGrain>("journey-42");
        await grain.RecordAsync("referral", 1);
        await grain.RecordAsync("triage", 2);
        var before = await grain.GetAsync();
        await InnomedTestCluster.StopAsync(first);

        var second = await InnomedTestCluster.StartAsync(_serviceId, _settings, useAdoNetClustering: true);
        try
        {
            var after = await second.GrainFactory.GetGrain<IPersistenceProbeGrain>("journey-42").GetAsync();

            after.ShouldBe(before with { History = after.History });
            after.History.ShouldBe(["referral:1", "triage:2"]);
            after.ETag.ShouldBe("2");
            after.RecordExists.ShouldBeTrue();
            after.DefaultStorageWrites.ShouldBe(2);
            (await CountAsync("SELECT count(*) FROM orleansstorage WHERE serviceid = @service")).ShouldBe(2);
            (await CountAsync("SELECT count(*) FROM orleansmembershiptable")).ShouldBeGreaterThanOrEqualTo(2);
        }
        finally
        {
            await InnomedTestCluster.StopAsync(second);
        }
    }

    [Fact]
    public async Task Given_ReminderRegisteredInPostgres_When_ClusterRestarts_Then_ItTicksAgainWithoutAnyCall()
    {
        var first = await InnomedTestCluster.StartAsync(_serviceId, _settings, useAdoNetClustering: true);
        var probe = first.GrainFactory.GetGrain<IReminderProbeGrain>("escalation-1");
        await probe.StartAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        await Eventually.SatisfiesAsync(probe.GetTicksAsync, t => t.Count >= 1, TimeSpan.FromSeconds(30), "the reminder ticks once");
        await InnomedTestCluster.StopAsync(first);
        var restartedAt = DateTime.UtcNow;

        var second = await InnomedTestCluster.StartAsync(_serviceId, _settings, useAdoNetClustering: true);
        try
        {
            // Nothing calls the grain until we look: only the stored reminder can have activated it.
            await Task.Delay(TimeSpan.FromSeconds(5));
            var restarted = second.GrainFactory.GetGrain<IReminderProbeGrain>("escalation-1");
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

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_settings["ConnectionStrings:Innomed"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("service", _serviceId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
