namespace Innomed.Api.TestServer.TestSchema;

/// <summary>An in-memory event source that counts its subscribers, so tests can see unsubscribes.</summary>
public sealed class TestEventHub : IObservable<string>
{
    private readonly Lock _gate = new();
    private List<IObserver<string>> _observers = [];
    private int _unsubscribed;

    public int ActiveSubscribers
    {
        get
        {
            lock (_gate)
            {
                return _observers.Count;
            }
        }
    }

    public int Unsubscribed => Volatile.Read(ref _unsubscribed);

    public IDisposable Subscribe(IObserver<string> observer)
    {
        lock (_gate)
        {
            _observers = [.. _observers, observer];
        }

        return new Unsubscriber(this, observer);
    }

    /// <summary>Calls every observer on the caller's thread, as a real event source would.</summary>
    public void Publish(string message)
    {
        List<IObserver<string>> observers;
        lock (_gate)
        {
            observers = _observers;
        }

        foreach (var observer in observers)
        {
            observer.OnNext(message);
        }
    }

    public void CompleteAll()
    {
        List<IObserver<string>> observers;
        lock (_gate)
        {
            observers = _observers;
        }

        foreach (var observer in observers)
        {
            observer.OnCompleted();
        }
    }

    public async Task WaitForSubscribersAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (ActiveSubscribers != count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected {count} subscribers, have {ActiveSubscribers}.");
            }

            await Task.Delay(10);
        }
    }

    private sealed class Unsubscriber(TestEventHub hub, IObserver<string> observer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            lock (hub._gate)
            {
                hub._observers = hub._observers.Where(o => o != observer).ToList();
            }

            Interlocked.Increment(ref hub._unsubscribed);
        }
    }
}
