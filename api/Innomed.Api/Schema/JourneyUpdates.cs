using System.Reactive.Linq;
using System.Threading.Channels;
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

    /// <param name="changes">The journey's live changes (<see cref="Live.JourneyChangeRouter.For"/>).</param>
    /// <param name="resumed">Fires when the feed may have missed changes.</param>
    /// <param name="grain">The journey, for its timeline.</param>
    /// <param name="since">Replay the events after this version first.</param>
    public static IObservable<JourneyEventNode> Stream(IObservable<JourneyChange> changes, IObservable<DateTimeOffset> resumed, IJourneyGrain grain, int since) =>
        Observable.Create<JourneyEventNode>(async (observer, cancellation) =>
        {
            // Two modes. Caught up ("live"), the feed's thread hands each next change straight to the
            // observer: no queue and no thread hop per subscriber, which is most of what a change to a
            // journey with thousands of subscribers costs. Otherwise (replaying, a gap, the feed
            // resumed after an outage) changes wait in the inbox for this loop, which reads the
            // timeline back and hands over to the feed once the inbox is empty. The gate makes the
            // two exclusive, so events stay in order with no gap and no duplicate.
            var inbox = Channel.CreateUnbounded<JourneyChange?>(new UnboundedChannelOptions { SingleReader = true }); // null: resumed
            var gate = new Lock();
            var live = false;
            var last = since;
            using var subscription = changes.Subscribe(change =>
            {
                lock (gate)
                {
                    if (live)
                    {
                        if (change.Event.Version <= last) return; // already delivered
                        if (change.Event.Version == last + 1)
                        {
                            observer.OnNext(new JourneyEventNode(change.Event, change.Journey));
                            last = change.Event.Version;
                            return;
                        }
                        live = false; // a gap: the loop reads it back
                    }
                    inbox.Writer.TryWrite(change);
                }
            });
            using var resumedSubscription = resumed.Subscribe(_ =>
            {
                lock (gate)
                {
                    live = false;
                    inbox.Writer.TryWrite(null);
                }
            });
            last = await CatchUpAsync(grain, since, observer, cancellation);
            while (!cancellation.IsCancellationRequested)
            {
                JourneyChange? change;
                bool handedOver;
                lock (gate)
                {
                    handedOver = !inbox.Reader.TryRead(out change);
                    if (handedOver) live = true;
                }
                if (handedOver)
                {
                    if (!await inbox.Reader.WaitToReadAsync(cancellation)) break;
                    continue;
                }
                if (change is null)
                {
                    last = await CatchUpAsync(grain, last, observer, cancellation);
                    continue;
                }
                if (change.Event.Version > last + 1) last = await CatchUpAsync(grain, last, observer, cancellation);
                if (change.Event.Version != last + 1) continue; // already delivered
                observer.OnNext(new JourneyEventNode(change.Event, change.Journey));
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
