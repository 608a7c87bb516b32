namespace Innomed.Api.Audit;

/// <summary>The <c>innomed_audit</c> table: append in batches, read one journey newest first.</summary>
public interface IAuditStore
{
    /// <summary>Appends all records or none (one COPY / one transaction), so a retry never half-duplicates.</summary>
    Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> entries of one journey, newest first, strictly older than <paramref name="before"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadJourneyAsync(Guid journeyId, int limit, AuditCursor? before, CancellationToken cancellationToken);
}
