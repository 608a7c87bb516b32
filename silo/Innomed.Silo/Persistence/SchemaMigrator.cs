using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Innomed.Silo.Persistence;

/// <summary>
/// Applies the embedded Schema/*.sql scripts of one provider, each once, in file-name order, each in
/// its own transaction, and records them in <c>innomed_schema_version</c> (name, checksum, applied_at).
/// Safe to run at every start and from several silos at once: PostgreSQL runs are serialised by a
/// session advisory lock, SQLite runs by <c>BEGIN IMMEDIATE</c>. A script whose checksum differs
/// from the recorded one stops the start-up: shipped scripts are immutable, add a new one instead.
/// </summary>
public sealed partial class SchemaMigrator
{
    /// <summary>Key of the PostgreSQL advisory lock that serialises migrators ("innomed schema").</summary>
    public const long AdvisoryLockKey = 0x496E6E6F6D656431; // "Innomed1"

    private const string VersionTableDdl = """
        CREATE TABLE IF NOT EXISTS innomed_schema_version
        (
            script_name TEXT NOT NULL PRIMARY KEY,
            checksum    TEXT NOT NULL,
            applied_at  {0} NOT NULL
        )
        """;

    private readonly string _connectionString;
    private readonly SchemaProvider _provider;
    private readonly ILogger _logger;

    public SchemaMigrator(string connectionString, SchemaProvider provider, ILogger<SchemaMigrator>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
        _provider = provider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Entry point for <c>Innomed.Silo migrate</c> and for hosts that migrate before building the silo.
    /// </summary>
    public static Task RunAsync(string connectionString, SchemaProvider provider, CancellationToken cancellationToken = default)
        => new SchemaMigrator(connectionString, provider).MigrateAsync(cancellationToken);

    /// <summary>
    /// Same, choosing the database exactly as <see cref="InnomedStorageSiloBuilderExtensions.UseInnomedStorage"/>
    /// does: PostgreSQL when <c>ConnectionStrings:Innomed</c> is set, else the embedded SQLite file.
    /// </summary>
    public static Task RunAsync(IConfiguration configuration, IHostEnvironment? env = null, CancellationToken cancellationToken = default)
    {
        var settings = InnomedStorageSettings.Read(configuration, env);
        return RunAsync(settings.ConnectionString, settings.Provider, cancellationToken);
    }

    /// <summary>Applies every script not yet recorded; returns when the schema is current.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var scripts = SchemaScript.For(_provider);
        return _provider switch
        {
            SchemaProvider.PostgreSql => MigratePostgreSqlAsync(scripts, cancellationToken),
            SchemaProvider.Sqlite => MigrateSqliteAsync(scripts, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(_provider), _provider, null),
        };
    }

    private async Task MigratePostgreSqlAsync(IReadOnlyList<SchemaScript> scripts, CancellationToken cancellationToken)
    {
        // No pooling: the session-level advisory lock must end with this connection, even if we crash.
        var builder = new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            lockCommand.Parameters.AddWithValue("key", AdvisoryLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using (var ddl = new NpgsqlCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, VersionTableDdl, "timestamptz"), connection))
            {
                await ddl.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            var applied = await ReadAppliedAsync(connection, null, cancellationToken).ConfigureAwait(false);
            foreach (var script in scripts)
            {
                if (IsAlreadyApplied(script, applied))
                {
                    continue;
                }

                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (var command = new NpgsqlCommand(script.Sql, connection, transaction))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using (var record = new NpgsqlCommand(
                    "INSERT INTO innomed_schema_version (script_name, checksum, applied_at) VALUES (@name, @checksum, now())",
                    connection, transaction))
                {
                    record.Parameters.AddWithValue("name", script.Name);
                    record.Parameters.AddWithValue("checksum", script.Checksum);
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                LogApplied(_logger, script.Name, _provider);
            }
        }
        finally
        {
            // Best effort: closing the unpooled connection releases the lock anyway.
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            unlock.Parameters.AddWithValue("key", AdvisoryLockKey);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task MigrateSqliteAsync(IReadOnlyList<SchemaScript> scripts, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(_connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        await using var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

        // WAL is a property of the file, so setting it once here covers Orleans' own connections:
        // readers no longer block the writer, and a commit is one append instead of a journal rewrite.
        await ExecuteSqliteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        await ExecuteSqliteAsync(connection, null, string.Format(System.Globalization.CultureInfo.InvariantCulture, VersionTableDdl, "TEXT"), cancellationToken).ConfigureAwait(false);

        foreach (var script in scripts)
        {
            // BEGIN IMMEDIATE takes the write lock before we look, so two processes starting on the
            // same file apply each script once; the other waits (busy timeout) and then skips it.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var applied = await ReadAppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (IsAlreadyApplied(script, applied))
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            await ExecuteSqliteAsync(connection, transaction, script.Sql, cancellationToken).ConfigureAwait(false);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO innomed_schema_version (script_name, checksum, applied_at) VALUES (@name, @checksum, @at)";
                record.Parameters.AddWithValue("@name", script.Name);
                record.Parameters.AddWithValue("@checksum", script.Checksum);
                record.Parameters.AddWithValue("@at", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            LogApplied(_logger, script.Name, _provider);
        }
    }

    private static async Task ExecuteSqliteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT script_name, checksum FROM innomed_schema_version";
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static bool IsAlreadyApplied(SchemaScript script, Dictionary<string, string> applied)
    {
        if (!applied.TryGetValue(script.Name, out var checksum))
        {
            return false;
        }

        if (!string.Equals(checksum, script.Checksum, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Schema script '{script.Name}' was applied with checksum {checksum} but the embedded copy is {script.Checksum}. " +
                "Applied scripts must not change; put the change in a new numbered script.");
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema script {Script} ({Provider})")]
    private static partial void LogApplied(ILogger logger, string script, SchemaProvider provider);
}
