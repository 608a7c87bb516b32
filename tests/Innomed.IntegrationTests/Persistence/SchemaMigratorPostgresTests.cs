using Innomed.IntegrationTests.Infrastructure;
using Innomed.Silo.Persistence;
using Npgsql;

namespace Innomed.IntegrationTests.Persistence;

[Collection(PostgresCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SchemaMigratorPostgresTests(PostgresServer server) : IAsyncLifetime
{
    private string _connectionString = string.Empty;

    public async Task InitializeAsync() => _connectionString = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_EmptyDatabase_When_MigratingTwice_Then_EachScriptIsRecordedOnce()
    {
        await SchemaMigrator.RunAsync(_connectionString, SchemaProvider.PostgreSql);
        await SchemaMigrator.RunAsync(_connectionString, SchemaProvider.PostgreSql);

        var recorded = await RecordedScriptsAsync();
        recorded.ShouldBe(SchemaScript.For(SchemaProvider.PostgreSql).Select(s => (s.Name, 1L)).ToList());
    }

    [Fact]
    public async Task Given_EmptyDatabase_When_FourMigratorsRunAtOnce_Then_NoneFailsAndEachScriptIsRecordedOnce()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SchemaMigrator.RunAsync(_connectionString, SchemaProvider.PostgreSql))));

        var recorded = await RecordedScriptsAsync();
        recorded.ShouldBe(SchemaScript.For(SchemaProvider.PostgreSql).Select(s => (s.Name, 1L)).ToList());
    }

    [Fact]
    public async Task Given_MigratedDatabase_When_ReadingOrleansQuery_Then_EveryKeyOfThe10_4ProvidersIsThere()
    {
        await SchemaMigrator.RunAsync(_connectionString, SchemaProvider.PostgreSql);

        var keys = await QueryListAsync("SELECT querykey FROM orleansquery ORDER BY querykey");
        keys.ShouldBe(
        [
            "CleanupDefunctSiloEntriesKey", "ClearStorageKey", "DeleteMembershipTableEntriesKey", "DeleteReminderRowKey",
            "DeleteReminderRowsKey", "GatewaysQueryKey", "InsertMembershipKey", "InsertMembershipVersionKey",
            "MembershipReadAllKey", "MembershipReadRowKey", "ReadFromStorageKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
            "ReadReminderRowKey", "ReadReminderRowsKey", "UpdateIAmAlivetimeKey", "UpdateMembershipKey",
            "UpsertReminderRowKey", "WriteToStorageKey",
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_AppliedScriptChangedAfterwards_When_Migrating_Then_ItRefusesToStart()
    {
        await SchemaMigrator.RunAsync(_connectionString, SchemaProvider.PostgreSql);
        await ExecuteAsync("UPDATE innomed_schema_version SET checksum = 'edited' WHERE script_name = 'PostgreSQL-0002-Persistence.sql'");

        var error = await Should.ThrowAsync<InvalidOperationException>(() => SchemaMigrator.RunAsync(_connectionString, SchemaProvider.PostgreSql));
        error.Message.ShouldContain("PostgreSQL-0002-Persistence.sql");
    }

    private async Task<List<(string Name, long Count)>> RecordedScriptsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT script_name, count(*) FROM innomed_schema_version GROUP BY script_name ORDER BY script_name", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }

    private async Task<List<string>> QueryListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
