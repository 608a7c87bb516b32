using System.Reactive.Linq;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Journeys;
using Innomed.Grains.Live;

namespace Innomed.Api.Schema;

/// <summary>
/// One journey's events, in version order with no gap and no duplicate: listen to the live feed
/// first, replay the timeline after <c>sinceVersion</c> from the grain, then pass live events on,
/// reading any gap (a Redis outage, a late subscriber) back from the grain's timeline — as soon as
/// the feed says it resumed after an outage, not only when a later change reveals the gap.
/// </summary>
public static class JourneyUpdates
{
    private const int PageSize = 200;

    // Every caught-up subscriber of a change gets the same node (nothing allocated per subscriber).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JourneyChange, JourneyEventNode> Nodes = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JourneyChange, JourneyEventNode>.CreateValueCallback NewNode =
        static c => new JourneyEventNode(c.Event, c.Journey);

    /// <param name="changes">The journey's live changes (<see cref="Live.JourneyChangeRouter.For"/>).</param>
    /// <param name="resumed">Fires when the feed may have missed changes.</param>
    /// <param name="grain">The journey, for its timeline.</param>
    /// <param name="since">Replay the events after this version first.</param>
    public static IObservable<JourneyEventNode> Stream(IObservable<JourneyChange> changes, IObservable<DateTimeOffset> resumed, IJourneyGrain grain, int since) =>
        Observable.Create<JourneyEventNode>(async (observer, cancellation) =>
        {
            // Caught up, the feed's thread hands each next change straight to the observer: no queue
            // and no thread hop per subscriber, which is most of what a change to a journey with
            // thousands of subscribers costs. Replaying, after a gap or a resume, this loop reads the
            // timeline back (LiveHandover).
            var handover = new LiveHandover(live: false);
            var last = since;
            bool TryLive(JourneyChange c)
            {
                if (c.Event.Version <= last) return true; // already delivered
                if (c.Event.Version != last + 1) return false;
                observer.OnNext(Nodes.GetValue(c, NewNode));
                last = c.Event.Version;
                return true;
            }
            Func<JourneyChange, bool> tryLive = TryLive; // one delegate, not one per change
            using var subscription = changes.Subscribe(change => handover.OnChange(change, tryLive));
            using var resumedSubscription = resumed.Subscribe(_ => handover.OnResumed());
            last = await CatchUpAsync(grain, since, observer, cancellation);
            while (await handover.NextAsync(cancellation) is (true, var change))
            {
                if (change is null || change.Event.Version > last + 1) last = await CatchUpAsync(grain, last, observer, cancellation);
                if (change is null || change.Event.Version != last + 1) continue; // already delivered
                observer.OnNext(Nodes.GetValue(change, NewNode));
                last = change.Event.Version;
            }
        });

    private static async Task<int> CatchUpAsync(IJourneyGrain grain, int last, IObserver<JourneyEventNode> observer,
        CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            var page = await grain.GetEventsAsync(last, PageSize);
            foreach (var evt in page.Events)
            {
                observer.OnNext(new JourneyEventNode(evt, null));
                last = evt.Version;
            }
            if (page.Events.Count < PageSize || last >= page.CurrentVersion) break;
        }
        return last;
    }
}
