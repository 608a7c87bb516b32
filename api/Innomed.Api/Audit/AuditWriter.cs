using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Audit;

/// <summary>
/// Drains <see cref="AuditBuffer"/> into <see cref="IAuditStore"/> in batches: under load one
/// COPY carries up to <see cref="AuditOptions.BatchSize"/> rows, so the per-request cost stays a
/// channel write (FACTS.md: a row per mutation would cost as much as the mutation's own write).
/// No timer: whatever is queued when the previous batch ends forms the next one, so a quiet
/// gateway writes each record at once and a busy one batches by itself.
/// </summary>
/// <remarks>
/// A failed batch stays in memory and is retried with exponential back-off until it is stored, so
/// a database outage loses nothing; meanwhile the bounded buffer fills and the gateway fails
/// closed. <see cref="StopAsync"/> stops intake and waits for the drain; only if the host's
/// shutdown deadline passes are the remaining records written to the log instead.
/// </remarks>
public sealed partial class AuditWriter : IHostedService, IDisposable
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(100);

    private readonly AuditBuffer _buffer;
    private readonly IAuditStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly int _batchSize;
    private readonly TimeSpan _maxRetryDelay;
    private readonly CancellationTokenSource _abandon = new();
    private Task? _loop;

    public AuditWriter(AuditBuffer buffer, IAuditStore store, IOptions<AuditOptions> options, TimeProvider time, ILogger<AuditWriter> logger)
    {
        _buffer = buffer;
        _store = store;
        _time = time;
        _logger = logger;
        _batchSize = options.Value.BatchSize;
        _maxRetryDelay = options.Value.MaxRetryDelay;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop ??= Task.Run(() => RunAsync(_abandon.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _buffer.Complete();
        if (_loop is null)
        {
            return;
        }

        try
        {
            await _loop.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host will not wait longer: give up the retries; the loop logs what is left.
            await _abandon.CancelAsync();
            await _loop;
        }
    }

    public void Dispose() => _abandon.Dispose();

    private async Task RunAsync(CancellationToken abandon)
    {
        var reader = _buffer.Reader;
        var batch = new List<AuditRecord>(Math.Min(_batchSize, 4096));
        try
        {
            while (await reader.WaitToReadAsync(abandon))
            {
                while (batch.Count < _batchSize && reader.TryRead(out var record))
                {
                    batch.Add(record);
                }

                await WriteUntilStoredAsync(batch, abandon);
                _buffer.Settled(batch.Count);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            while (reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            _buffer.Abandon(batch);
        }
    }

    private async Task WriteUntilStoredAsync(List<AuditRecord> batch, CancellationToken abandon)
    {
        var delay = FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _store.AppendAsync(batch, abandon);
                AuditMetrics.Stored.Add(batch.Count);
                if (attempt > 1)
                {
                    LogRecovered(_logger, batch.Count, attempt);
                }

                return;
            }
            catch (Exception exception) when (!(exception is OperationCanceledException && abandon.IsCancellationRequested))
            {
                AuditMetrics.WriteFailures.Add(1);
                LogWriteFailed(_logger, exception, batch.Count, attempt, delay);
                await Task.Delay(delay, _time, abandon);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _maxRetryDelay.Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing {Count} audit records failed (attempt {Attempt}); retrying in {Delay}")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wrote {Count} audit records after {Attempt} attempts")]
    private static partial void LogRecovered(ILogger logger, int count, int attempt);
}
