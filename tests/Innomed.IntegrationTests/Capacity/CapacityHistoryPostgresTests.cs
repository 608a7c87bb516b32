using Innomed.IntegrationTests.Infrastructure;
using Innomed.Silo.Persistence;
using Innomed.Silo.Persistence.CapacityHistory;
using Npgsql;

namespace Innomed.IntegrationTests.Capacity;

/// <summary>innomed_capacity_history on a real PostgreSQL, created by the migrator.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class CapacityHistoryPostgresTests(PostgresServer postgres)
{
    private async Task<(PostgresCapacityHistoryStore Store, string ConnectionString)> StoreAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await SchemaMigrator.RunAsync(connectionString, SchemaProvider.PostgreSql);
        return (new PostgresCapacityHistoryStore(NpgsqlDataSource.Create(connectionString)), connectionString);
    }

    [Fact]
    public async Task GivenSamplesAndARetry_WhenRead_ThenEachIsStoredOnceWithItsBedsAndTheOneBeforeFromLeads()
    {
        var (store, _) = await StoreAsync();
        await using (store) await CapacityHistoryContract.RoundTripsSkipsDuplicatesAndCarriesForwardAsync(store);
    }

    [Fact]
    public async Task GivenOldSamples_WhenPurged_ThenOnlyThoseAreDeleted()
    {
        var (store, _) = await StoreAsync();
        await using (store) await CapacityHistoryContract.PurgesOnlyExpiredSamplesAsync(store);
    }

    [Fact]
    public async Task GivenFortyUnitsPublishingAtOnce_WhenTheWriterBatches_ThenEverySampleIsStored()
    {
        var (store, connectionString) = await StoreAsync();
        await using (store) await CapacityHistoryContract.WriterStoresConcurrentBatchesAsync(store);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM innomed_capacity_history WHERE unit_id LIKE 'w-%'", connection);
        (await command.ExecuteScalarAsync()).ShouldBe(400L);
    }

    [Fact]
    public async Task GivenTheAppRole_WhenItUsesTheHistory_ThenItMayInsertReadAndPurgeOnly()
    {
        var (store, connectionString) = await StoreAsync();
        await store.DisposeAsync();
        var asApp = new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c role=innomed_app" }.ConnectionString;
        await using var app = new PostgresCapacityHistoryStore(NpgsqlDataSource.Create(asApp));
        await CapacityHistoryContract.RoundTripsSkipsDuplicatesAndCarriesForwardAsync(app);
        await using var connection = new NpgsqlConnection(asApp);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE innomed_capacity_history SET beds_total = 0", connection);
        (await Should.ThrowAsync<PostgresException>(() => update.ExecuteNonQueryAsync())).SqlState.ShouldBe("42501");
    }
}
