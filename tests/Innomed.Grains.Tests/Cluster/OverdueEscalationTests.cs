using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class OverdueEscalationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_NonUrgentJourneyAwaitingAGp_When_49HoursPassOnTheDomainClock_Then_ItIsEscalatedOnceAndListedOverdue()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var id = Guid.NewGuid();
        var journey = fixture.Client.GetGrain<IJourneyGrain>(id);
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.NonUrgent }, net.Gp);

        SharedClock.Instance.Advance(TimeSpan.FromHours(49));

        var overdue = await Eventually.Async(journey.GetAsync, s => s!.OverdueSince is not null,
            "the deadline reminder to mark the journey overdue", TimeSpan.FromSeconds(15));
        overdue!.Stage.ShouldBe(JourneyStage.AwaitingPrimaryCare);
        var territory = fixture.Client.GetGrain<ITerritoryGrain>(net.TerritoryId);
        await Eventually.Async(territory.GetOverdueAsync, l => l.Any(j => j.JourneyId == id), "the territory's overdue list");
        await Task.Delay(TimeSpan.FromSeconds(2)); // a few more reminder ticks must not escalate again
        var events = (await journey.GetEventsAsync(0, 100)).Events;
        events.Count(e => e.Type == JourneyEventType.Overdue).ShouldBe(1);
        events[^1].Type.ShouldBe(JourneyEventType.Overdue);
    }

    [Fact]
    public async Task Given_NonUrgentJourney_When_TakenInChargeBeforeTheDueBy_Then_ItIsNeverEscalated()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var id = Guid.NewGuid();
        var journey = fixture.Client.GetGrain<IJourneyGrain>(id);
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.NonUrgent }, net.Gp);
        SharedClock.Instance.Advance(TimeSpan.FromHours(47));
        await journey.TakeChargeAsync(net.GpId, net.Gp);

        SharedClock.Instance.Advance(TimeSpan.FromHours(2));
        await Task.Delay(TimeSpan.FromSeconds(3)); // several reminder periods

        var snapshot = (await journey.GetAsync())!;
        snapshot.OverdueSince.ShouldBeNull();
        snapshot.Version.ShouldBe(3);
        (await fixture.Client.GetGrain<ITerritoryGrain>(net.TerritoryId).GetOverdueAsync()).ShouldNotContain(j => j.JourneyId == id);
    }
}
