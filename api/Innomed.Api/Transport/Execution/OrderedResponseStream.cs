using GraphQL;

namespace Innomed.Api.Transport.Execution;

/// <summary>
/// A subscription's response stream: each source event mapped to its result, delivered in source
/// order. Used instead of graphql-dotnet's own mapping, which queues every event and runs a task and
/// a copy of the execution context per event and subscriber. Here a result that is already computed
/// (another subscriber's shared execution of the same change) is handed on inline, on the thread
/// that raised the event, with nothing allocated; only results still computing wait in a queue,
/// and then everything after them waits too, so the order holds.
/// </summary>
internal sealed class OrderedResponseStream(
    IObservable<object?> source,
    Func<object?, CancellationToken, Task<ExecutionResult>> map,
    Func<Exception, CancellationToken, Task<Exception>> mapError) : IObservable<ExecutionResult>
{
    public IDisposable Subscribe(IObserver<ExecutionResult> observer)
    {
        var sink = new Sink(observer, map, mapError);
        sink.Attach(source.Subscribe(sink));
        return sink;
    }

    private sealed class Sink(
        IObserver<ExecutionResult> observer,
        Func<object?, CancellationToken, Task<ExecutionResult>> map,
        Func<Exception, CancellationToken, Task<Exception>> mapError) : IObserver<object?>, IDisposable
    {
        private readonly Lock _gate = new();
        private readonly CancellationTokenSource _cancellation = new();
        private Queue<Pending>? _queue;
        private bool _draining;
        private bool _ended;
        private bool _disposed;
        private IDisposable? _upstream;

        public void OnNext(object? value)
        {
            if (Volatile.Read(ref _disposed)) return;
            Enqueue(new Pending(map(value, _cancellation.Token), null, false));
        }

        public void OnError(Exception error)
        {
            if (Volatile.Read(ref _disposed)) return;
            Enqueue(new Pending(null, mapError(error, _cancellation.Token), true));
        }

        public void OnCompleted() => Enqueue(new Pending(null, null, true));

        public void Attach(IDisposable upstream)
        {
            lock (_gate)
            {
                if (!_disposed)
                {
                    _upstream = upstream;
                    return;
                }
            }
            upstream.Dispose();
        }

        public void Dispose()
        {
            IDisposable? upstream;
            lock (_gate)
            {
                if (_disposed) return;
                _disposed = true;
                _queue?.Clear();
                upstream = _upstream;
                _upstream = null;
            }
            _cancellation.Cancel();
            upstream?.Dispose();
        }

        private void Enqueue(Pending pending)
        {
            bool inline;
            lock (_gate)
            {
                if (_disposed || _ended) return;
                _ended = pending.Terminal;
                if (_draining)
                {
                    Queue.Enqueue(pending);
                    return;
                }
                // Not draining: the queue is empty. Ready results go out inline; nobody else delivers
                // meanwhile (source events come one at a time, Rx's contract, and _draining is ours).
                _draining = true;
                inline = pending.IsCompleted;
                if (!inline) Queue.Enqueue(pending);
            }
            if (inline)
            {
                try
                {
                    Deliver(pending);
                }
                finally
                {
                    // Anything queued meanwhile (an observer raising an event while being called) goes next.
                    lock (_gate) inline = _draining = _queue is { Count: > 0 } && !_disposed;
                }
                if (!inline) return;
            }
            _ = DrainAsync();
        }

        private Queue<Pending> Queue => _queue ??= new Queue<Pending>();

        /// <summary>Delivers the queue in order; a result still computing is awaited, everything after it waits.</summary>
        private async Task DrainAsync()
        {
            try
            {
                while (true)
                {
                    Pending next;
                    lock (_gate)
                    {
                        if (_disposed || _queue is null || !_queue.TryDequeue(out next))
                        {
                            _draining = false;
                            return;
                        }
                    }
                    if (!next.IsCompleted) await next.WhenCompleted().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    Deliver(next);
                }
            }
            catch (Exception)
            {
                // The observer (the transport) failed: nothing more can reach this subscriber.
                Dispose();
            }
        }

        private void Deliver(Pending pending)
        {
            if (Volatile.Read(ref _disposed)) return;
            if (pending.Result is { IsCompletedSuccessfully: true } result)
            {
                observer.OnNext(result.Result);
                return;
            }
            // Anything else ends the stream: a failed execution, the source's error or its completion.
            if (pending.Result is { } failed) observer.OnError(Unwrap(failed));
            else if (pending.Error is { } error) observer.OnError(error.IsCompletedSuccessfully ? error.Result : Unwrap(error));
            else observer.OnCompleted();
            Dispose();
        }

        private static Exception Unwrap(Task task) => task.Exception?.InnerException ?? new OperationCanceledException();
    }

    /// <summary>A data event (Result), an error (Error, terminal) or the completion (neither, terminal).</summary>
    private readonly record struct Pending(Task<ExecutionResult>? Result, Task<Exception>? Error, bool Terminal)
    {
        public bool IsCompleted => (Result?.IsCompleted ?? true) && (Error?.IsCompleted ?? true);

        public Task WhenCompleted() => (Task?)Result ?? Error ?? Task.CompletedTask;
    }
}
