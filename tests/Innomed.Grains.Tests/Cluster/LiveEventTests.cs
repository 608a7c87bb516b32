using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class LiveEventTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_AcceptedAndRefusedCommands_When_Run_Then_OneJourneyChangePerAcceptedCommandInVersionOrder()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var id = Guid.NewGuid();
        var journey = fixture.Client.GetGrain<IJourneyGrain>(id);

        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await Should.ThrowAsync<Errors.DomainException>(() => journey.CloseAsync("too early", net.Gp));
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.Urgent }, net.Gp);
        await fixture.Silo(1).GetGrain<IJourneyGrain>(id).TakeChargeAsync(net.GpId, net.Gp);
        await Should.ThrowAsync<Errors.DomainException>(() => journey.TakeChargeAsync(net.OtherGpId, new Actor(net.OtherGpId, ActorRole.Gp)));
        var last = await journey.CancelAsync("patient moved away", net.Gp);

        var changes = RecordingLiveEventPublisher.Instance.For(id);
        changes.Select(c => c.Event.Version).ShouldBe([1, 2, 3, 4]);
        changes.Select(c => c.Event.Type).ShouldBe(
        [
            JourneyEventType.JourneyStarted, JourneyEventType.TriageSubmitted, JourneyEventType.TakenInCharge,
            JourneyEventType.JourneyCancelled,
        ]);
        changes.ShouldAllBe(c => c.Journey.Version == c.Event.Version && c.Journey.Stage == c.Event.Stage);
        changes[^1].Journey.Stage.ShouldBe(last.Stage);
    }
}
