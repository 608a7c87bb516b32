using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class EventPageTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(0, 100, 1, 6)]
    [InlineData(2, 100, 3, 6)]
    [InlineData(2, 2, 3, 4)]
    [InlineData(5, 10, 6, 6)]
    [InlineData(-3, 2, 1, 2)]
    public async Task Given_JourneyAtVersion6_When_EventsAfterAVersionAreRead_Then_ExactlyThoseFollow(int after, int max, int first, int lastIncluded)
    {
        var journey = await JourneyAtVersion6Async();

        var page = await journey.GetEventsAsync(after, max);

        page.CurrentVersion.ShouldBe(6);
        page.Events.Select(e => e.Version).ShouldBe(Enumerable.Range(first, lastIncluded - first + 1));
    }

    [Theory]
    [InlineData(6, 10)]
    [InlineData(40, 10)]
    [InlineData(0, 0)]
    public async Task Given_JourneyAtVersion6_When_NothingIsLeftOrNothingAskedFor_Then_AnEmptyPage(int after, int max)
    {
        var journey = await JourneyAtVersion6Async();

        var page = await journey.GetEventsAsync(after, max);

        page.Events.ShouldBeEmpty();
        page.CurrentVersion.ShouldBe(6);
    }

    private async Task<IJourneyGrain> JourneyAtVersion6Async()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var journey = fixture.Client.GetGrain<IJourneyGrain>(Guid.NewGuid());
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.SemiUrgent }, net.Gp);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.Urgent }, net.Gp);
        await journey.TakeChargeAsync(net.GpId, net.Gp);
        var step = (await journey.AddStepAsync(new StepRequest
        {
            Performer = Performer.Practitioner(net.SpecialistId), Reason = "Opinion", Kind = StepKind.TeleExpertise,
        }, net.Gp)).StepId;
        var last = await journey.UpdateStepAsync(new StepUpdate { StepId = step, Action = StepAction.Accept }, net.Specialist);
        last.Journey.Version.ShouldBe(6);
        return journey;
    }
}
