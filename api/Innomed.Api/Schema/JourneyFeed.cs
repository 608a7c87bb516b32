using System.Reactive.Linq;
using Innomed.Grains.Journeys;
using Innomed.Grains.Live;

namespace Innomed.Api.Schema;

/// <summary>
/// A live feed over many journeys (a practitioner's referrals, a unit's journeys, a territory's
/// emergencies) that does not silently miss changes the live feed dropped (a Redis outage). It keeps
/// the last version it delivered of each journey it follows (what happened before it started
/// is not news). A change that skips versions is preceded by the missing events,
/// read from the journey's timeline; when the feed resumes after an outage, the index is read and
/// every journey that moved is caught up the same way, journeys it had not heard of yet included
/// (their events since the subscription started).
/// Events read back are projected with the journey as it is now (snapshots are not kept per event).
/// The hand-over between the feed's thread and the catch-up loop is <see cref="LiveHandover"/>.
/// </summary>
public static class JourneyFeed
{
    private const int PageSize = 200;

    /// <summary>Where a feed's changes come from and how to read what it missed.</summary>
    /// <param name="Changes">Every journey change the gateway hears of.</param>
    /// <param name="Resumed">Fires when the live feed may have missed changes.</param>
    /// <param name="Index">The journeys this feed may concern, with their current versions.</param>
    /// <param name="Events">A journey's timeline after a version (at most so many events).</param>
    /// <param name="Current">A journey as it is now.</param>
    public sealed record Source(
        IObservable<JourneyChange> Changes,
        IObservable<DateTimeOffset> Resumed,
        Func<Task<IReadOnlyList<JourneySummary>>> Index,
        Func<Guid, int, int, Task<JourneyEventPage>> Events,
        Func<Guid, Task<JourneySnapshot?>> Current);

    /// <param name="source">The live feed and the grains behind it.</param>
    /// <param name="follows">Whether a journey (after a change) belongs to this feed.</param>
    /// <param name="project">What the subscriber gets for one event of a followed journey; null: nothing.</param>
    public static IObservable<T> Stream<T>(Source source, Func<JourneySnapshot, bool> follows, Func<JourneyEvent, JourneySnapshot, T?> project)
        where T : class =>
        Observable.Create<T>(async (observer, cancellation) =>
        {
            var handover = new LiveHandover(live: true);
            var gate = handover.Gate; // guards seen: the feed's thread and the catch-up loop share it
            var seen = new Dictionary<Guid, int>(); // journey → last version known to this subscriber
            var newSince = DateTimeOffset.UtcNow - ClockMargin;

            // Under the gate.
            void Deliver(JourneyEvent evt, JourneySnapshot journey)
            {
                seen[evt.JourneyId] = evt.Version;
                if (project(evt, journey) is { } item) observer.OnNext(item);
            }

            bool TryLive(JourneyChange change)
            {
                var known = seen.TryGetValue(change.Event.JourneyId, out var last);
                if (known && change.Event.Version <= last) return true; // already delivered
                if (known && change.Event.Version != last + 1) return false;
                Deliver(change.Event, change.Journey);
                return true;
            }
            Func<JourneyChange, bool> tryLive = TryLive; // one delegate, not one per change
            using var subscription = source.Changes.Subscribe(change =>
            {
                if (follows(change.Journey)) handover.OnChange(change, tryLive);
            });
            using var resumedSubscription = source.Resumed.Subscribe(_ => handover.OnResumed());

            while (await handover.NextAsync(cancellation) is (true, var change))
            {
                if (change is null)
                {
                    foreach (var journey in await source.Index())
                    {
                        bool heard;
                        lock (gate) heard = seen.ContainsKey(journey.JourneyId);
                        if (heard || journey.UpdatedAt >= newSince) await CatchUpAsync(journey.JourneyId, journey.Version);
                    }
                    continue;
                }
                bool known;
                lock (gate) known = seen.ContainsKey(change.Event.JourneyId);
                if (known) await CatchUpAsync(change.Event.JourneyId, change.Event.Version - 1);
                lock (gate)
                {
                    if (seen.GetValueOrDefault(change.Event.JourneyId) < change.Event.Version) Deliver(change.Event, change.Journey);
                }
            }

            // Delivers a journey's events up to a version that this subscriber has not had. A journey it
            // has never known (new since the start) gives the events of the time it was subscribed.
            async Task CatchUpAsync(Guid journeyId, int upTo)
            {
                int after;
                bool known;
                lock (gate) known = seen.TryGetValue(journeyId, out after);
                JourneySnapshot? now = null;
                while (after < upTo && !cancellation.IsCancellationRequested)
                {
                    var page = await source.Events(journeyId, after, PageSize);
                    if (page.Events.Count == 0) return;
                    now ??= await source.Current(journeyId);
                    if (now is null) return;
                    lock (gate)
                    {
                        if (!follows(now))
                        {
                            // Not (or no longer) this feed's journey: nothing to deliver, nothing to read again.
                            seen[journeyId] = Math.Max(seen.GetValueOrDefault(journeyId), page.CurrentVersion);
                            return;
                        }
                        foreach (var evt in page.Events)
                        {
                            if (evt.Version <= seen.GetValueOrDefault(journeyId)) continue;
                            if (!known && evt.At < newSince) seen[journeyId] = evt.Version; // from before the subscription
                            else Deliver(evt, now);
                        }
                        after = seen.GetValueOrDefault(journeyId, after);
                    }
                    if (page.Events.Count < PageSize) return;
                }
            }
        });

    /// <summary>
    /// Events of a journey unknown at the start count as news from a little before the subscription:
    /// event times come from the silos' clocks, and an extra old event is better than a missed one.
    /// </summary>
    private static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(1);
}
