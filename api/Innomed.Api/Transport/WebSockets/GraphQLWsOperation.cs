using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Transport.WebSockets;

/// <summary>
/// One operation of a socket, from its subscribe message until it completes, fails or the client
/// completes it. Owns its DI scope and its event-stream subscription; <see cref="Stop"/> frees both once.
/// </summary>
internal sealed class GraphQLWsOperation
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly Lock _gate = new();
    private AsyncServiceScope? _scope;
    private readonly SubscriptionGauge? _gauge;
    private IDisposable? _subscription;
    private bool _stopped;

    public GraphQLWsOperation(string id, AsyncServiceScope scope, SubscriptionGauge? gauge = null)
    {
        Id = id;
        _scope = scope;
        _gauge = gauge;
    }

    public string Id { get; }

    /// <summary>The start of this operation's <c>next</c> frames (<see cref="GraphQLWsMessageWriter.NextPrefix"/>).</summary>
    public byte[]? NextPrefix { get; set; }

    public IServiceProvider Services => _scope?.ServiceProvider ?? throw new ObjectDisposedException(nameof(GraphQLWsOperation));

    public CancellationToken CancellationToken => _cancellation.Token;

    public bool IsActive
    {
        get
        {
            lock (_gate)
            {
                return !_stopped;
            }
        }
    }

    /// <summary>Keeps the stream's subscription, or disposes it at once if the operation already stopped.</summary>
    public void Attach(IDisposable subscription)
    {
        lock (_gate)
        {
            if (!_stopped)
            {
                _subscription = subscription;
                _gauge?.Started();
                return;
            }
        }

        subscription.Dispose();
    }

    /// <summary>Returns true for the one caller that stopped it.</summary>
    public bool Stop()
    {
        IDisposable? subscription;
        AsyncServiceScope? scope;
        lock (_gate)
        {
            if (_stopped)
            {
                return false;
            }

            _stopped = true;
            subscription = _subscription;
            scope = _scope;
            _subscription = null;
            _scope = null;
        }

        // Not disposed: a late reader of CancellationToken must still get a (cancelled) token.
        _cancellation.Cancel();
        if (subscription is not null) _gauge?.Stopped();
        subscription?.Dispose();
        if (scope is { } s)
        {
            // Fire and forget: Stop is called from event-source threads that must not wait.
            _ = DisposeScopeAsync(s);
        }

        return true;
    }

    private static async Task DisposeScopeAsync(AsyncServiceScope scope)
    {
        try
        {
            await scope.DisposeAsync();
        }
        catch (Exception)
        {
            // A scoped service failing to dispose must not take the socket down with it.
        }
    }
}
