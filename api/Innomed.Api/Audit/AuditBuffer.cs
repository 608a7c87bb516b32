using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Audit;

/// <summary>
/// The in-memory queue between requests and <see cref="AuditWriter"/>: a bounded channel, so memory
/// stays bounded when the database is down, and a request only pays for a TryWrite.
/// </summary>
/// <remarks>
/// Full buffer policy, chosen for health data ("fail closed"): callers check
/// <see cref="IsAccepting"/> before touching data, and the audit layer refuses the operation with
/// INTERNAL when it is false, so nothing is read or changed without a record. A record produced
/// after the check that still finds the buffer full waits <see cref="AuditOptions.EnqueueTimeout"/>;
/// if there is still no room it is counted as lost and written to the log in full (records hold no
/// patient data, so the log is a safe last resort), and a read is then answered with an error.
/// Blocking requests indefinitely instead would turn a database outage into thread starvation.
/// </remarks>
public sealed partial class AuditBuffer : IAuditSink
{
    private readonly Channel<AuditRecord> _channel;
    private readonly int _capacity;
    private readonly TimeSpan _enqueueTimeout;
    private readonly ILogger _logger;
    private long _queued;
    private long _settled;
    private volatile bool _completed;

    public AuditBuffer(IOptions<AuditOptions> options, ILogger<AuditBuffer> logger)
    {
        var o = options.Value;
        o.Validate();
        _capacity = o.BufferCapacity;
        _enqueueTimeout = o.EnqueueTimeout;
        _logger = logger;
        _channel = Channel.CreateBounded<AuditRecord>(new BoundedChannelOptions(o.BufferCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    /// <summary>
    /// From our own counters, not the channel's Count (which takes the channel's lock: every audited
    /// field asks, and under load that lock was a hot spot). Records the writer has taken but not yet
    /// stored still count, so this refuses at most one batch earlier than the channel would: on the
    /// safe side for "fail closed".
    /// </summary>
    public bool IsAccepting => !_completed && Interlocked.Read(ref _queued) - Interlocked.Read(ref _settled) < _capacity;

    /// <summary>Records waiting to be written.</summary>
    public int Count => _channel.Reader.Count;

    internal ChannelReader<AuditRecord> Reader => _channel.Reader;

    public async ValueTask<bool> RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_channel.Writer.TryWrite(record))
        {
            Interlocked.Increment(ref _queued);
            return true;
        }

        if (!_completed && _enqueueTimeout > TimeSpan.Zero)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(_enqueueTimeout);
            try
            {
                await _channel.Writer.WriteAsync(record, wait.Token);
                Interlocked.Increment(ref _queued);
                return true;
            }
            catch (OperationCanceledException)
            {
            }
            catch (ChannelClosedException)
            {
            }
        }

        Lose(record, _completed ? "shutting down" : "buffer full");
        return false;
    }

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        // Polling is fine here: flushes happen at shutdown and in tests, never per request.
        var target = Interlocked.Read(ref _queued);
        while (Interlocked.Read(ref _settled) < target)
        {
            await Task.Delay(5, cancellationToken);
        }
    }

    /// <summary>No more records: the writer drains what is there and stops.</summary>
    internal void Complete()
    {
        _completed = true;
        _channel.Writer.TryComplete();
    }

    internal void Settled(int count) => Interlocked.Add(ref _settled, count);

    /// <summary>Shutdown deadline passed with records still unwritten: they go to the log.</summary>
    internal void Abandon(IReadOnlyList<AuditRecord> records)
    {
        foreach (var record in records)
        {
            Lose(record, "shutdown deadline passed before it was stored");
        }

        Settled(records.Count);
    }

    private void Lose(AuditRecord r, string reason)
    {
        AuditMetrics.Lost.Add(1);
        LogLost(_logger, reason, r.At, r.ActorId, r.ActorRole, r.Operation, r.JourneyId, r.Outcome, r.Transport, r.RequestId);
    }

    [LoggerMessage(Level = LogLevel.Critical,
        Message = "Audit record not stored ({Reason}): at={At:O} actor={ActorId} role={ActorRole} operation={Operation} journey={JourneyId} outcome={Outcome} transport={Transport} request={RequestId}")]
    private static partial void LogLost(ILogger logger, string reason, DateTimeOffset at, string actorId, string actorRole,
        string operation, Guid? journeyId, string outcome, string transport, string? requestId);
}
