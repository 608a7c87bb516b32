namespace Innomed.Api.Documents;

/// <summary>
/// Stored documents: PostgreSQL (<c>bytea</c>) or the embedded SQLite file (blob), same table and
/// behaviour on both. A document is written once with its content; only its step link changes.
/// </summary>
public interface IDocumentStore
{
    Task SaveAsync(StoredDocument document, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    Task<StoredDocument?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The content, or null when there is no such document.</summary>
    Task<byte[]?> ReadContentAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A journey's documents, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StoredDocument>> ListAsync(Guid journeyId, int limit, CancellationToken cancellationToken);

    /// <summary>Links the document to a step of its journey (or unlinks with null); false when there is no such document.</summary>
    Task<bool> LinkAsync(Guid id, Guid? stepId, CancellationToken cancellationToken);
}
