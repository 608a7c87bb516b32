namespace Innomed.Api.TestServer.TestSchema;

/// <summary>Emits from, from-1, … 1 every few milliseconds, then completes; stops when unsubscribed.</summary>
public sealed class CountdownObservable(int from, Exception? failAfterFirst = null) : IObservable<int>
{
    public IDisposable Subscribe(IObserver<int> observer)
    {
        var cancellation = new CancellationTokenSource();
        _ = RunAsync(observer, cancellation.Token);
        return new Stopper(cancellation);
    }

    private async Task RunAsync(IObserver<int> observer, CancellationToken cancellationToken)
    {
        try
        {
            for (var i = from; i > 0; i--)
            {
                await Task.Delay(5, cancellationToken);
                observer.OnNext(i);
                if (failAfterFirst is not null)
                {
                    observer.OnError(failAfterFirst);
                    return;
                }
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private sealed class Stopper(CancellationTokenSource cancellation) : IDisposable
    {
        public void Dispose() => cancellation.Cancel();
    }
}
