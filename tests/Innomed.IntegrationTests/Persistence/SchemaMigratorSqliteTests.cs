using Innomed.Silo.Persistence;
using Microsoft.Data.Sqlite;

namespace Innomed.IntegrationTests.Persistence;

[Trait("Category", "Integration")]
public sealed class SchemaMigratorSqliteTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"innomed-sqlite-{Guid.NewGuid():N}");

    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(_directory, "innomed.db"),
        DefaultTimeout = 30,
    }.ConnectionString;

    [Fact]
    public async Task Given_NoDatabaseFile_When_MigratingTwice_Then_EachScriptIsRecordedOnceAndTheFileIsInWalMode()
    {
        await SchemaMigrator.RunAsync(ConnectionString, SchemaProvider.Sqlite);
        await SchemaMigrator.RunAsync(ConnectionString, SchemaProvider.Sqlite);

        (await RecordedScriptsAsync()).ShouldBe(SchemaScript.For(SchemaProvider.Sqlite).Select(s => (s.Name, 1L)).ToList());
        (await ScalarAsync("PRAGMA journal_mode")).ShouldBe("wal");
    }

    [Fact]
    public async Task Given_NoDatabaseFile_When_FourMigratorsRunAtOnce_Then_NoneFailsAndEachScriptIsRecordedOnce()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SchemaMigrator.RunAsync(ConnectionString, SchemaProvider.Sqlite))));

        (await RecordedScriptsAsync()).ShouldBe(SchemaScript.For(SchemaProvider.Sqlite).Select(s => (s.Name, 1L)).ToList());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task<List<(string Name, long Count)>> RecordedScriptsAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT script_name, count(*) FROM innomed_schema_version GROUP BY script_name ORDER BY script_name";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
