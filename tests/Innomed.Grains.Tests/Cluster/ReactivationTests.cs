using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;
using Orleans.Core.Internal;

namespace Innomed.Grains.Tests.Cluster;

/// <summary>An idle journey's activation is collected; the next call reactivates it from storage, unchanged and usable.</summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class ReactivationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_AJourneyInPrimaryCare_When_ItsActivationIsCollectedAndItIsCalledAgain_Then_ItComesBackAsStoredAndGoesOn()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var journey = fixture.Client.GetGrain<IJourneyGrain>(Guid.NewGuid());
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.SemiUrgent }, net.Gp);
        var before = await journey.TakeChargeAsync(net.GpId, net.Gp);
        var eventsBefore = (await journey.GetEventsAsync(0, 100)).Events;

        await journey.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(200); // the collection runs once the deactivation request is processed

        var after = (await journey.GetAsync())!;
        after.Version.ShouldBe(before.Version);
        after.Stage.ShouldBe(JourneyStage.PrimaryCare);
        after.PrimaryPractitionerId.ShouldBe(net.GpId);
        after.Triage!.DueBy.ShouldBe(before.Triage!.DueBy);
        (await journey.GetEventsAsync(0, 100)).Events.Select(e => (e.Version, e.Type)).ShouldBe(eventsBefore.Select(e => (e.Version, e.Type)));

        var closed = await journey.CloseAsync("Treated", net.Gp);
        closed.Version.ShouldBe(before.Version + 1, "the reactivated journey takes the next transition from where it was");
        await Eventually.Async(() => fixture.Client.GetGrain<IPractitionerGrain>(net.GpId).GetJourneysAsync(),
            l => l.Any(j => j.JourneyId == journey.GetPrimaryKey() && j.Stage == JourneyStage.Closed), "the GP's index to see the closure");
    }
}
