using Innomed.Api.Audit;

namespace Innomed.Api.Tests.Audit;

/// <summary>A store whose writes can be held back or made to fail, to drive the writer's timing.</summary>
internal sealed class InMemoryAuditStore : IAuditStore
{
    private readonly object _gate = new();
    private readonly List<AuditRecord> _records = [];
    private readonly List<int> _batches = [];
    private long _nextId;

    /// <summary>Runs before each append; throw to fail it, await to hold it.</summary>
    public Func<IReadOnlyList<AuditRecord>, CancellationToken, Task>? BeforeAppend { get; set; }

    public IReadOnlyList<AuditRecord> Records { get { lock (_gate) return _records.ToArray(); } }

    public IReadOnlyList<int> Batches { get { lock (_gate) return _batches.ToArray(); } }

    public async Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        if (BeforeAppend is { } before) await before(records, cancellationToken);
        lock (_gate)
        {
            _records.AddRange(records);
            _batches.Add(records.Count);
        }
    }

    public Task<IReadOnlyList<AuditEntry>> ReadJourneyAsync(Guid journeyId, int limit, AuditCursor? before, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<AuditEntry> page = _records
                .Select((r, i) => new AuditEntry(i + 1, r))
                .Where(e => e.Record.JourneyId == journeyId)
                .Where(e => before is null || e.Record.At < before.Value.At || (e.Record.At == before.Value.At && e.Id < before.Value.Id))
                .OrderByDescending(e => e.Record.At).ThenByDescending(e => e.Id)
                .Take(limit)
                .ToArray();
            _ = Interlocked.Increment(ref _nextId);
            return Task.FromResult(page);
        }
    }
}
