using Npgsql;
using NpgsqlTypes;

namespace Innomed.Api.Audit.Storage;

/// <summary>
/// PostgreSQL: one binary COPY per batch (a single statement: all rows or none, ~10x cheaper per row
/// than INSERTs); reads use the (journey_id, at, id) index.
/// </summary>
internal sealed class PostgresAuditStore(NpgsqlDataSource dataSource) : IAuditStore, IAsyncDisposable
{
    private const string Copy =
        "COPY innomed_audit (at, actor_id, actor_role, operation, journey_id, outcome, transport, request_id) FROM STDIN (FORMAT BINARY)";

    private const string Columns = "id, at, actor_id, actor_role, operation, journey_id, outcome, transport, request_id";

    public async Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var import = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var r in records)
        {
            await import.StartRowAsync(cancellationToken);
            await import.WriteAsync(r.At.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
            await import.WriteAsync(r.ActorId, NpgsqlDbType.Text, cancellationToken);
            await import.WriteAsync(r.ActorRole, NpgsqlDbType.Text, cancellationToken);
            await import.WriteAsync(r.Operation, NpgsqlDbType.Text, cancellationToken);
            if (r.JourneyId is { } journeyId) await import.WriteAsync(journeyId, NpgsqlDbType.Uuid, cancellationToken);
            else await import.WriteNullAsync(cancellationToken);
            await import.WriteAsync(r.Outcome, NpgsqlDbType.Text, cancellationToken);
            await import.WriteAsync(r.Transport, NpgsqlDbType.Text, cancellationToken);
            if (r.RequestId is { } requestId) await import.WriteAsync(requestId, NpgsqlDbType.Text, cancellationToken);
            else await import.WriteNullAsync(cancellationToken);
        }

        // Without Complete the COPY is cancelled on dispose and nothing is inserted.
        await import.CompleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadJourneyAsync(Guid journeyId, int limit, AuditCursor? before, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(before is null
            ? $"SELECT {Columns} FROM innomed_audit WHERE journey_id = $1 ORDER BY at DESC, id DESC LIMIT $2"
            : $"SELECT {Columns} FROM innomed_audit WHERE journey_id = $1 AND (at, id) < ($3, $4) ORDER BY at DESC, id DESC LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = journeyId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        if (before is { } cursor)
        {
            command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = cursor.At.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = cursor.Id });
        }

        var entries = new List<AuditEntry>(Math.Min(limit, 256));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), new AuditRecord(
                new DateTimeOffset(reader.GetFieldValue<DateTime>(1), TimeSpan.Zero),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetGuid(5),
                reader.GetString(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8))));
        }

        return entries;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
