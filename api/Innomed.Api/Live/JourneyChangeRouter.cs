using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Threading.Channels;
using Innomed.Grains.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Innomed.Api.Live;

/// <summary>
/// Routes the gateway's one feed of journey changes to the subscribers of each journey. With one
/// list of observers for all journeys every change ran every subscriber's filter; here each journey
/// has its own, created with its first subscriber and dropped with its last (and a list that joins
/// and leaves in O(1), <see cref="ObserverList{T}"/>). Each journey's changes are
/// delivered in order by a pump of its own, off the feed's thread: caught-up subscribers run their
/// delivery on it (<see cref="Schema.JourneyUpdates"/>), which must not hold up the publishing grain
/// (in-process feed) or the Redis connection's reader, nor the other journeys.
/// </summary>
public sealed class JourneyChangeRouter(ILiveEventSource live, ILogger<JourneyChangeRouter>? logger = null) : IDisposable
{
    private readonly Dictionary<Guid, Route> _journeys = [];
    private readonly Lock _gate = new();
    private readonly ILogger _logger = logger ?? NullLogger<JourneyChangeRouter>.Instance;
    private IDisposable? _feed;

    /// <summary>The changes of one journey, as the feed delivers them (in order, one at a time).</summary>
    public IObservable<JourneyChange> For(Guid journeyId) => Observable.Create<JourneyChange>(observer =>
    {
        Route route;
        lock (_gate)
        {
            _feed ??= live.JourneyChanges.Subscribe(Dispatch);
            if (!_journeys.TryGetValue(journeyId, out route!)) _journeys[journeyId] = route = new Route(_logger);
            route.Count++;
        }
        var subscription = route.Subscribe(observer);
        return Disposable.Create(() =>
        {
            subscription.Dispose();
            lock (_gate)
            {
                if (--route.Count > 0) return;
                _journeys.Remove(journeyId);
                route.Complete();
            }
        });
    });

    /// <summary>Journeys with at least one subscriber (for tests and metrics).</summary>
    public int Journeys
    {
        get
        {
            lock (_gate) return _journeys.Count;
        }
    }

    private void Dispatch(JourneyChange change)
    {
        Route? route;
        lock (_gate) route = _journeys.GetValueOrDefault(change.Event.JourneyId);
        route?.Post(change);
    }

    public void Dispose() => _feed?.Dispose();

    /// <summary>
    /// One journey's subscribers, spread over one pump per core: each subscriber gets the journey's
    /// changes in order from its pump, and a change to thousands of subscribers uses every core.
    /// </summary>
    private sealed class Route(ILogger logger)
    {
        private readonly Pump[] _pumps = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new Pump(logger)).ToArray();
        private int _next;
        public int Count;

        public IDisposable Subscribe(IObserver<JourneyChange> observer) =>
            _pumps[(int)((uint)Interlocked.Increment(ref _next) % _pumps.Length)].Observers.Add(observer);

        public void Post(JourneyChange change)
        {
            foreach (var pump in _pumps) pump.Queue.Writer.TryWrite(change);
        }

        public void Complete()
        {
            foreach (var pump in _pumps) pump.Queue.Writer.TryComplete();
        }
    }

    private sealed class Pump
    {
        public readonly ObserverList<JourneyChange> Observers = new();
        public readonly Channel<JourneyChange> Queue = Channel.CreateUnbounded<JourneyChange>(new UnboundedChannelOptions { SingleReader = true });

        public Pump(ILogger logger) => _ = Task.Run(() => RunAsync(logger));

        private async Task RunAsync(ILogger logger)
        {
            // One subscriber's failure must not stop the journey's other subscribers.
            void Failed(Exception ex) => logger.LogWarning(ex, "Delivering a journey change to a subscriber failed");
            await foreach (var change in Queue.Reader.ReadAllAsync())
            {
                if (Observers.IsEmpty) continue;
                Transport.WebSockets.SocketWrites.Allow(c => Observers.OnNext(c, Failed), change);
            }
        }
    }
}
