using Npgsql;
using NpgsqlTypes;

namespace Innomed.Api.Documents.Storage;

/// <summary>PostgreSQL: content in a <c>bytea</c> column of the document's row (one INSERT: all or nothing).</summary>
internal sealed class PostgresDocumentStore(NpgsqlDataSource dataSource) : IDocumentStore, IAsyncDisposable
{
    public async Task SaveAsync(StoredDocument d, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO innomed_documents ({DocumentColumns.Metadata}, content)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = d.Id });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = d.JourneyId });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)d.StepId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = DocumentColumns.Kind(d.Kind) });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = d.Name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = d.ContentType });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = d.Size });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = d.Sha256 });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = d.UploadedBy });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = d.UploadedByRole });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = d.UploadedAt.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = (object?)DocumentColumns.PrescriptionJson(d.Prescription) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Jsonb,
        });
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = content, NpgsqlDbType = NpgsqlDbType.Bytea });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredDocument?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {DocumentColumns.Metadata} FROM innomed_documents WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<byte[]?> ReadContentAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT content FROM innomed_documents WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetFieldValue<byte[]>(0) : null;
    }

    public async Task<IReadOnlyList<StoredDocument>> ListAsync(Guid journeyId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {DocumentColumns.Metadata} FROM innomed_documents WHERE journey_id = $1 ORDER BY uploaded_at, id LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = journeyId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var documents = new List<StoredDocument>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) documents.Add(Read(reader));
        return documents;
    }

    public async Task<bool> LinkAsync(Guid id, Guid? stepId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE innomed_documents SET step_id = $2 WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)stepId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static StoredDocument Read(NpgsqlDataReader r) => new()
    {
        Id = r.GetGuid(0),
        JourneyId = r.GetGuid(1),
        StepId = r.IsDBNull(2) ? null : r.GetGuid(2),
        Kind = DocumentColumns.Kind(r.GetString(3)),
        Name = r.GetString(4),
        ContentType = r.GetString(5),
        Size = r.GetInt64(6),
        Sha256 = r.GetString(7),
        UploadedBy = r.GetString(8),
        UploadedByRole = r.GetString(9),
        UploadedAt = new DateTimeOffset(r.GetFieldValue<DateTime>(10), TimeSpan.Zero),
        Prescription = DocumentColumns.Prescription(r.IsDBNull(11) ? null : r.GetString(11)),
    };

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
