using System.Reactive.Linq;
using System.Reactive.Subjects;
using Innomed.Api.Live;
using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;
using Innomed.Grains.Journeys;
using Innomed.Grains.Live;

using static Innomed.Api.Tests.Live.LiveChanges;

namespace Innomed.Api.Tests.Live;

[Trait("Category", "Live")]
public sealed class JourneyChangeRouterTests
{
    [Fact]
    public async Task Given_SubscribersOfTwoJourneys_When_ChangesArrive_Then_EachGetsOnlyItsJourneysInOrderAndEmptyJourneysAreDropped()
    {
        var feed = new Feed();
        using var router = new JourneyChangeRouter(feed);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var seenA1 = new Seen();
        var seenA2 = new Seen();
        var seenB = new Seen();
        var subA1 = router.For(a).Subscribe(seenA1.Add);
        var subA2 = router.For(a).Subscribe(seenA2.Add);
        var subB = router.For(b).Subscribe(seenB.Add);
        router.Journeys.ShouldBe(2);

        feed.Publish(Change(a, 1));
        feed.Publish(Change(b, 1));
        feed.Publish(Change(Guid.NewGuid(), 1)); // nobody listens: dropped
        feed.Publish(Change(a, 2));
        await seenA1.CountAsync(2);
        subA1.Dispose();
        feed.Publish(Change(a, 3));
        await seenA2.CountAsync(3);
        await seenB.CountAsync(1);

        seenA1.Versions.ShouldBe([1, 2]);
        seenA2.Versions.ShouldBe([1, 2, 3]);
        seenB.Versions.ShouldBe([1]);
        router.Journeys.ShouldBe(2, "journey a still has a subscriber");
        subA2.Dispose();
        subB.Dispose();
        router.Journeys.ShouldBe(0);

        var again = new Seen();
        using var subAgain = router.For(a).Subscribe(again.Add);
        feed.Publish(Change(a, 4));
        await again.CountAsync(1);
        again.Versions.ShouldBe([4], "a journey subscribed again after its last subscriber left gets a fresh route");
    }

    [Fact]
    public async Task Given_ASubscriberThatBlocks_When_TheFeedPublishes_Then_ThePublisherIsNotHeldUpAndOrderIsKept()
    {
        var feed = new Feed();
        using var router = new JourneyChangeRouter(feed);
        var journey = Guid.NewGuid();
        using var release = new ManualResetEventSlim();
        var seen = new Seen();
        using var sub = router.For(journey).Subscribe(c =>
        {
            release.Wait(TimeSpan.FromSeconds(10)); // a slow delivery (thousands of sockets)
            seen.Add(c);
        });

        var publishing = Task.Run(() => { for (var v = 1; v <= 50; v++) feed.Publish(Change(journey, v)); });
        (await Task.WhenAny(publishing, Task.Delay(TimeSpan.FromSeconds(5)))).ShouldBe(publishing, "publishing does not wait for deliveries");
        seen.Versions.ShouldBeEmpty();
        release.Set();
        await seen.CountAsync(50);
        seen.Versions.ShouldBe(Enumerable.Range(1, 50));
    }

    /// <summary>Versions received, from the router's pump thread.</summary>
    private sealed class Seen
    {
        private readonly List<int> _versions = [];

        public void Add(JourneyChange change)
        {
            lock (_versions) _versions.Add(change.Event.Version);
        }

        public int[] Versions
        {
            get
            {
                lock (_versions) return [.. _versions];
            }
        }

        public async Task CountAsync(int count)
        {
            for (var i = 0; i < 500 && Versions.Length < count; i++) await Task.Delay(10);
            Versions.Length.ShouldBeGreaterThanOrEqualTo(count);
        }
    }

    /// <summary>The gateway's feed, in memory: the router's logic is what is under test.</summary>
    private sealed class Feed : ILiveEventSource
    {
        private readonly Subject<JourneyChange> _journeys = new();

        public IObservable<JourneyChange> JourneyChanges => _journeys;
        public IObservable<TerritoryCapacity> CapacityChanges => Observable.Never<TerritoryCapacity>();
        public IObservable<EpidemiologyUpdate> EpidemiologyChanges => Observable.Never<EpidemiologyUpdate>();
        public IObservable<DateTimeOffset> Resumed => Observable.Never<DateTimeOffset>();

        public void Publish(JourneyChange change) => _journeys.OnNext(change);
    }
}
