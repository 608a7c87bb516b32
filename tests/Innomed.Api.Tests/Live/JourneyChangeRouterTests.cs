using System.Reactive.Linq;
using System.Reactive.Subjects;
using Innomed.Api.Live;
using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;
using Innomed.Grains.Journeys;
using Innomed.Grains.Live;

namespace Innomed.Api.Tests.Live;

[Trait("Category", "Live")]
public sealed class JourneyChangeRouterTests
{
    [Fact]
    public void Given_SubscribersOfTwoJourneys_When_ChangesArrive_Then_EachGetsOnlyItsJourneysInOrderAndEmptyJourneysAreDropped()
    {
        var feed = new Feed();
        using var router = new JourneyChangeRouter(feed);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var seenA1 = new List<int>();
        var seenA2 = new List<int>();
        var seenB = new List<int>();
        var subA1 = router.For(a).Subscribe(c => seenA1.Add(c.Event.Version));
        var subA2 = router.For(a).Subscribe(c => seenA2.Add(c.Event.Version));
        var subB = router.For(b).Subscribe(c => seenB.Add(c.Event.Version));
        router.Journeys.ShouldBe(2);

        feed.Publish(Change(a, 1));
        feed.Publish(Change(b, 1));
        feed.Publish(Change(Guid.NewGuid(), 1)); // nobody listens: dropped
        feed.Publish(Change(a, 2));
        subA1.Dispose();
        feed.Publish(Change(a, 3));

        seenA1.ShouldBe([1, 2]);
        seenA2.ShouldBe([1, 2, 3]);
        seenB.ShouldBe([1]);
        router.Journeys.ShouldBe(2, "journey a still has a subscriber");
        subA2.Dispose();
        subB.Dispose();
        router.Journeys.ShouldBe(0);

        var again = new List<int>();
        using var subAgain = router.For(a).Subscribe(c => again.Add(c.Event.Version));
        feed.Publish(Change(a, 4));
        again.ShouldBe([4], "a journey subscribed again after its last subscriber left gets a fresh route");
    }

    private static JourneyChange Change(Guid journey, int version)
    {
        var at = DateTimeOffset.UtcNow;
        var evt = new JourneyEvent
        {
            JourneyId = journey, Version = version, Type = JourneyEventType.StepAdded, At = at, ActorId = "gp", Stage = JourneyStage.PrimaryCare,
        };
        var snapshot = new JourneySnapshot
        {
            Id = journey, TerritoryId = "t", Stage = JourneyStage.PrimaryCare, Version = version, Patient = new PatientIdentity("A", "B", new DateOnly(1970, 1, 1)),
            RootStepId = Guid.NewGuid(), Steps = [], CreatedAt = at, UpdatedAt = at,
        };
        return new JourneyChange(evt, snapshot);
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
