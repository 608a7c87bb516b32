using System.Data.Common;

namespace Innomed.Api.Documents.Storage;

/// <summary>The embedded SQLite file: content as a blob in the document's row.</summary>
internal sealed class SqliteDocumentStore(DbProviderFactory factory, string connectionString) : IDocumentStore
{
    public async Task SaveAsync(StoredDocument d, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO innomed_documents ({DocumentColumns.Metadata}, content)
            VALUES (@id, @journey, @step, @kind, @name, @type, @size, @sha, @by, @role, @at, @prescription, @content)
            """;
        Add(command, "@id", d.Id.ToString("D"));
        Add(command, "@journey", d.JourneyId.ToString("D"));
        Add(command, "@step", d.StepId?.ToString("D"));
        Add(command, "@kind", DocumentColumns.Kind(d.Kind));
        Add(command, "@name", d.Name);
        Add(command, "@type", d.ContentType);
        Add(command, "@size", d.Size);
        Add(command, "@sha", d.Sha256);
        Add(command, "@by", d.UploadedBy);
        Add(command, "@role", d.UploadedByRole);
        Add(command, "@at", DocumentColumns.FormatAt(d.UploadedAt));
        Add(command, "@prescription", DocumentColumns.PrescriptionJson(d.Prescription));
        Add(command, "@content", content.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredDocument?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentColumns.Metadata} FROM innomed_documents WHERE id = @id";
        Add(command, "@id", id.ToString("D"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<byte[]?> ReadContentAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT content FROM innomed_documents WHERE id = @id";
        Add(command, "@id", id.ToString("D"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetFieldValue<byte[]>(0) : null;
    }

    public async Task<IReadOnlyList<StoredDocument>> ListAsync(Guid journeyId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentColumns.Metadata} FROM innomed_documents WHERE journey_id = @j ORDER BY uploaded_at, id LIMIT @limit";
        Add(command, "@j", journeyId.ToString("D"));
        Add(command, "@limit", limit);
        var documents = new List<StoredDocument>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) documents.Add(Read(reader));
        return documents;
    }

    public async Task<bool> LinkAsync(Guid id, Guid? stepId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE innomed_documents SET step_id = @step WHERE id = @id";
        Add(command, "@id", id.ToString("D"));
        Add(command, "@step", stepId?.ToString("D"));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static StoredDocument Read(DbDataReader r) => new()
    {
        Id = Guid.Parse(r.GetString(0)),
        JourneyId = Guid.Parse(r.GetString(1)),
        StepId = r.IsDBNull(2) ? null : Guid.Parse(r.GetString(2)),
        Kind = DocumentColumns.Kind(r.GetString(3)),
        Name = r.GetString(4),
        ContentType = r.GetString(5),
        Size = r.GetInt64(6),
        Sha256 = r.GetString(7),
        UploadedBy = r.GetString(8),
        UploadedByRole = r.GetString(9),
        UploadedAt = DocumentColumns.ParseAt(r.GetString(10)),
        Prescription = DocumentColumns.Prescription(r.IsDBNull(11) ? null : r.GetString(11)),
    };

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

    private static void Add(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }
}
