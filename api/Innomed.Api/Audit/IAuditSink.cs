namespace Innomed.Api.Audit;

/// <summary>Where the gateway hands audit records; must not slow the request down.</summary>
public interface IAuditSink
{
    /// <summary>
    /// False when no record can be accepted now (buffer full, or shutting down). Callers check it
    /// before touching data, so that an access that could not be recorded does not happen.
    /// </summary>
    bool IsAccepting { get; }

    /// <summary>
    /// Queues a record; completes at once unless the buffer is full (then waits briefly). False when
    /// the record could not be queued (it is then counted and logged instead).
    /// </summary>
    ValueTask<bool> RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Completes when every record queued before the call is stored (or given up at shutdown).</summary>
    Task FlushAsync(CancellationToken cancellationToken = default);
}
