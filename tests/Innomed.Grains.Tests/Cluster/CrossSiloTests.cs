using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class CrossSiloTests(ClusterFixture fixture)
{
    [Fact]
    public void Given_TheFixture_When_Deployed_Then_TwoSilosAreActive() =>
        fixture.Cluster.GetActiveSilos().Count().ShouldBe(2);

    [Fact]
    public async Task Given_OneJourney_When_CommandsEnterThroughEachSiloAndTheClient_Then_EveryEntrySeesTheSameJourney()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var id = Guid.NewGuid();
        var viaSilo0 = fixture.Silo(0).GetGrain<IJourneyGrain>(id);
        var viaSilo1 = fixture.Silo(1).GetGrain<IJourneyGrain>(id);
        var viaClient = fixture.Client.GetGrain<IJourneyGrain>(id);

        await viaSilo0.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        (await viaSilo1.GetAsync())!.Version.ShouldBe(1);
        await viaSilo1.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.SemiUrgent }, net.Gp);
        (await viaClient.GetAsync())!.Stage.ShouldBe(JourneyStage.AwaitingPrimaryCare);
        await viaClient.TakeChargeAsync(net.GpId, net.Gp);
        var referral = (await viaSilo0.AddStepAsync(new StepRequest
        {
            Performer = Performer.Practitioner(net.SpecialistId), Reason = "Second opinion",
        }, net.Gp)).StepId;
        await viaSilo1.UpdateStepAsync(new StepUpdate { StepId = referral, Action = StepAction.Accept }, net.Specialist);

        var seen = new[] { await viaSilo0.GetAsync(), await viaSilo1.GetAsync(), await viaClient.GetAsync() };
        foreach (var snapshot in seen)
        {
            snapshot.ShouldNotBeNull();
            snapshot.Version.ShouldBe(5);
            snapshot.Stage.ShouldBe(JourneyStage.SpecialistCare);
            snapshot.FindStep(referral)!.Status.ShouldBe(StepStatus.Accepted);
        }
        (await viaSilo1.GetEventsAsync(0, 10)).Events.Select(e => e.Version).ShouldBe([1, 2, 3, 4, 5]);
    }
}
