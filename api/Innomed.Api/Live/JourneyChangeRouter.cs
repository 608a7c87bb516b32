using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using Innomed.Grains.Live;

namespace Innomed.Api.Live;

/// <summary>
/// Routes the gateway's one feed of journey changes to the subscribers of each journey. Rx's
/// <see cref="Subject{T}"/> copies its observer array on every subscribe and unsubscribe and calls
/// every observer on every change: with one subject for all journeys, 10,000 subscriptions cost
/// O(n²) copies to set up and every change ran 10,000 filters. Here each journey has its own
/// subject, created with its first subscriber and dropped with its last.
/// </summary>
public sealed class JourneyChangeRouter : IDisposable
{
    private readonly Dictionary<Guid, (Subject<JourneyChange> Subject, int Count)> _journeys = [];
    private readonly Lock _gate = new();
    private readonly IDisposable _feed;

    public JourneyChangeRouter(ILiveEventSource live) => _feed = live.JourneyChanges.Subscribe(Route);

    /// <summary>The changes of one journey, as the feed delivers them (in order, one at a time).</summary>
    public IObservable<JourneyChange> For(Guid journeyId) => Observable.Create<JourneyChange>(observer =>
    {
        Subject<JourneyChange> subject;
        lock (_gate)
        {
            subject = _journeys.TryGetValue(journeyId, out var entry) ? entry.Subject : new Subject<JourneyChange>();
            _journeys[journeyId] = (subject, entry.Count + 1);
        }
        var subscription = subject.Subscribe(observer);
        return Disposable.Create(() =>
        {
            subscription.Dispose();
            lock (_gate)
            {
                if (!_journeys.TryGetValue(journeyId, out var entry)) return;
                if (entry.Count > 1) _journeys[journeyId] = (entry.Subject, entry.Count - 1);
                else _journeys.Remove(journeyId);
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

    private void Route(JourneyChange change)
    {
        Subject<JourneyChange>? subject;
        lock (_gate) subject = _journeys.TryGetValue(change.Event.JourneyId, out var entry) ? entry.Subject : null;
        subject?.OnNext(change);
    }

    public void Dispose() => _feed.Dispose();
}
