using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Innomed.Grains.Capacity;

/// <summary>
/// Group commit for the capacity history: units hand their samples over and get a task that completes
/// when the statement holding them has committed; one background loop writes whatever has queued up
/// meanwhile in one statement, and purges expired samples now and then. Units keep their samples
/// (in their persisted state) until the task completes, so a failed or lost write is sent again.
/// </summary>
public sealed class CapacityHistoryWriter : IAsyncDisposable
{
    private readonly ICapacityHistoryStore _store;
    private readonly CapacityHistoryOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<CapacityHistoryWriter> _logger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private DateTimeOffset _nextPurge;

    public CapacityHistoryWriter(ICapacityHistoryStore store, IOptions<CapacityHistoryOptions> options,
        [FromKeyedServices(GrainServices.ClockKey)] TimeProvider clock, ILogger<CapacityHistoryWriter> logger)
    {
        _store = store;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _nextPurge = clock.GetUtcNow();
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Completes when the samples are stored (or faults when the write failed).</summary>
    public Task WriteAsync(IReadOnlyList<CapacitySample> samples)
    {
        if (samples.Count == 0) return Task.CompletedTask;
        var pending = new Pending(samples, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending) ? pending.Done.Task : Task.FromException(new ObjectDisposedException(nameof(CapacityHistoryWriter)));
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<Pending>();
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token))
            {
                var rows = 0;
                while (rows < _options.BatchSize && reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                    rows += pending.Samples.Count;
                }
                try
                {
                    await _store.AppendAsync(batch.SelectMany(p => p.Samples).ToArray(), _stop.Token);
                    foreach (var p in batch) p.Done.TrySetResult();
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !_stop.IsCancellationRequested)
                {
                    _logger.LogWarning(ex, "Writing {Count} capacity samples failed; the units will send them again", rows);
                    foreach (var p in batch) p.Done.TrySetException(ex);
                }
                batch.Clear();
                await PurgeIfDueAsync();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var p in batch) p.Done.TrySetCanceled();
            while (reader.TryRead(out var left)) left.Done.TrySetCanceled();
        }
    }

    private async Task PurgeIfDueAsync()
    {
        var now = _clock.GetUtcNow();
        if (now < _nextPurge) return;
        _nextPurge = now + _options.PurgeInterval;
        try
        {
            var purged = await _store.PurgeAsync(now.AddDays(-_options.EffectiveRetentionDays), _stop.Token);
            if (purged > 0) _logger.LogInformation("Purged {Count} expired capacity samples", purged);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Purging expired capacity samples failed; trying again later");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            // Let what is queued be written; a stuck database does not hold the shutdown forever.
            await _loop.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            await _stop.CancelAsync();
        }
        _stop.Dispose();
    }

    private sealed record Pending(IReadOnlyList<CapacitySample> Samples, TaskCompletionSource Done);
}
