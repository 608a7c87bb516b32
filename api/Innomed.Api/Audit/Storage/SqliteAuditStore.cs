using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Innomed.Api.Audit.Storage;

/// <summary>
/// The embedded SQLite file: one transaction per batch (a commit per row would be a file sync per
/// row). Takes the provider factory (Microsoft.Data.Sqlite's in the hosts) so tests can share it.
/// </summary>
internal sealed class SqliteAuditStore(DbProviderFactory factory, string connectionString) : IAuditStore
{
    // Fixed width, so that text order is time order (the index and the cursor compare text).
    private const string AtFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private const string Columns = "id, at, actor_id, actor_role, operation, journey_id, outcome, transport, request_id";

    public async Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO innomed_audit (at, actor_id, actor_role, operation, journey_id, outcome, transport, request_id)
            VALUES (@at, @actor_id, @actor_role, @operation, @journey_id, @outcome, @transport, @request_id)
            """;
        var parameters = new[] { "@at", "@actor_id", "@actor_role", "@operation", "@journey_id", "@outcome", "@transport", "@request_id" }
            .Select(name =>
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.DbType = DbType.String;
                command.Parameters.Add(p);
                return p;
            })
            .ToArray();

        foreach (var r in records)
        {
            parameters[0].Value = FormatAt(r.At);
            parameters[1].Value = r.ActorId;
            parameters[2].Value = r.ActorRole;
            parameters[3].Value = r.Operation;
            parameters[4].Value = r.JourneyId is { } id ? id.ToString("D") : DBNull.Value;
            parameters[5].Value = r.Outcome;
            parameters[6].Value = r.Transport;
            parameters[7].Value = (object?)r.RequestId ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadJourneyAsync(Guid journeyId, int limit, AuditCursor? before, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = before is null
            ? $"SELECT {Columns} FROM innomed_audit WHERE journey_id = @j ORDER BY at DESC, id DESC LIMIT @limit"
            : $"SELECT {Columns} FROM innomed_audit WHERE journey_id = @j AND (at, id) < (@at, @id) ORDER BY at DESC, id DESC LIMIT @limit";
        Add(command, "@j", journeyId.ToString("D"));
        Add(command, "@limit", limit);
        if (before is { } cursor)
        {
            Add(command, "@at", FormatAt(cursor.At));
            Add(command, "@id", cursor.Id);
        }

        var entries = new List<AuditEntry>(Math.Min(limit, 256));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), new AuditRecord(
                DateTimeOffset.ParseExact(reader.GetString(1), AtFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : Guid.Parse(reader.GetString(5)),
                reader.GetString(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8))));
        }

        return entries;
    }

    internal static string FormatAt(DateTimeOffset at) => at.UtcDateTime.ToString(AtFormat, CultureInfo.InvariantCulture);

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = factory.CreateConnection() ?? throw new InvalidOperationException("The SQLite provider created no connection.");
        connection.ConnectionString = connectionString;
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
