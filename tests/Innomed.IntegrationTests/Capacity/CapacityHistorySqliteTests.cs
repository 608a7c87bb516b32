using Innomed.Silo.Persistence;
using Innomed.Silo.Persistence.CapacityHistory;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Innomed.IntegrationTests.Capacity;

/// <summary>innomed_capacity_history in the embedded SQLite file, created by the migrator: the same contract as PostgreSQL.</summary>
[Trait("Category", "Integration")]
public sealed class CapacityHistorySqliteTests : IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("innomed-capacity-");

    private SqliteCapacityHistoryStore Store => new(new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(_directory.FullName, "innomed.db"), DefaultTimeout = 30,
    }.ToString());

    public Task InitializeAsync() => SchemaMigrator.RunAsync(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Innomed:DataDirectory"] = _directory.FullName }).Build());

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public Task GivenSamplesAndARetry_WhenRead_ThenEachIsStoredOnceWithItsBedsAndTheOneBeforeFromLeads() =>
        CapacityHistoryContract.RoundTripsSkipsDuplicatesAndCarriesForwardAsync(Store);

    [Fact]
    public Task GivenOldSamples_WhenPurged_ThenOnlyThoseAreDeleted() => CapacityHistoryContract.PurgesOnlyExpiredSamplesAsync(Store);

    [Fact]
    public Task GivenFortyUnitsPublishingAtOnce_WhenTheWriterBatches_ThenEverySampleIsStored() =>
        CapacityHistoryContract.WriterStoresConcurrentBatchesAsync(Store);
}
