using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class GrainRefusalTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_JourneyInTriage_When_TakeChargeIsRefused_Then_InvalidTransitionCrossesTheBoundaryAndNothingChanges()
    {
        var (net, journey) = await StartedAsync();
        var before = await journey.GetAsync();

        var ex = await Should.ThrowAsync<InvalidTransitionException>(() => journey.TakeChargeAsync(net.GpId, net.Gp));

        ex.CurrentState.ShouldBe(nameof(JourneyStage.Triage));
        ex.Permitted.ShouldBe(["SubmitTriage", "EscalateToEmergency", "Cancel"], ignoreOrder: true);
        ex.Code.ShouldBe("INVALID_TRANSITION");
        await AssertUnchangedAsync(journey, before!);
    }

    [Fact]
    public async Task Given_RequestedReferral_When_CompletedBeforeAcceptance_Then_InvalidTransitionNamesTheStatusAndNothingChanges()
    {
        var (net, journey) = await StartedAsync();
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.Urgent }, net.Gp);
        await journey.TakeChargeAsync(net.GpId, net.Gp);
        var referral = (await journey.AddStepAsync(new StepRequest
        {
            Performer = Performer.Practitioner(net.SpecialistId), Reason = "Palpitations",
        }, net.Gp)).StepId;
        var before = await journey.GetAsync();

        var ex = await Should.ThrowAsync<InvalidTransitionException>(() => journey.UpdateStepAsync(
            new StepUpdate { StepId = referral, Action = StepAction.Complete, Report = "done" }, net.Specialist));

        ex.CurrentState.ShouldBe(nameof(StepStatus.Requested));
        ex.Permitted.ShouldBe(["Accept", "Schedule", "Reject", "Cancel"], ignoreOrder: true);
        await AssertUnchangedAsync(journey, before!);
    }

    [Fact]
    public async Task Given_Journey_When_AnUnknownStepIsUpdated_Then_NotFoundCrossesTheBoundary()
    {
        var (net, journey) = await StartedAsync();
        var before = await journey.GetAsync();
        var unknown = Guid.NewGuid();

        var ex = await Should.ThrowAsync<NotFoundException>(() =>
            journey.UpdateStepAsync(new StepUpdate { StepId = unknown, Action = StepAction.Accept }, net.Gp));

        ex.Entity.ShouldBe("Step");
        ex.EntityId.ShouldBe(unknown.ToString());
        await AssertUnchangedAsync(journey, before!);
    }

    [Fact]
    public async Task Given_AwaitingJourney_When_AnUnknownPractitionerTakesCharge_Then_NotFound()
    {
        var (net, journey) = await StartedAsync();
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.Urgent }, net.Gp);
        var before = await journey.GetAsync();

        var ex = await Should.ThrowAsync<NotFoundException>(() => journey.TakeChargeAsync("gp-nobody", new Actor("gp-nobody", ActorRole.Gp)));

        ex.Entity.ShouldBe("Practitioner");
        ex.EntityId.ShouldBe("gp-nobody");
        await AssertUnchangedAsync(journey, before!);
    }

    [Fact]
    public async Task Given_PrimaryCare_When_AStepIsAddedForAnUnknownUnit_Then_NotFound()
    {
        var (net, journey) = await StartedAsync();
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.Urgent }, net.Gp);
        await journey.TakeChargeAsync(net.GpId, net.Gp);
        var before = await journey.GetAsync();

        var ex = await Should.ThrowAsync<NotFoundException>(() => journey.AddStepAsync(
            new StepRequest { Performer = Performer.Unit("no-such-unit"), Reason = "Scan", Kind = StepKind.ImagingOrder }, net.Gp));

        ex.Entity.ShouldBe("HospitalUnit");
        await AssertUnchangedAsync(journey, before!);
    }

    [Fact]
    public async Task Given_AwaitingJourney_When_AnotherTerritorysGpTakesCharge_Then_ForbiddenCrossesTheBoundary()
    {
        var (net, journey) = await StartedAsync();
        var elsewhere = await CareNetwork.RegisterAsync(fixture.Client);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.Urgent }, net.Gp);
        var before = await journey.GetAsync();

        var ex = await Should.ThrowAsync<ForbiddenException>(() => journey.TakeChargeAsync(elsewhere.GpId, elsewhere.Gp));

        ex.Code.ShouldBe("FORBIDDEN");
        await AssertUnchangedAsync(journey, before!);
    }

    [Fact]
    public async Task Given_JourneyInTriage_When_CancelledWithoutReason_Then_InvalidInputNamesTheField()
    {
        var (net, journey) = await StartedAsync();
        var before = await journey.GetAsync();

        var ex = await Should.ThrowAsync<InvalidInputException>(() => journey.CancelAsync(" ", net.PatientActor));

        ex.Field.ShouldBe("reason");
        await AssertUnchangedAsync(journey, before!);
    }

    [Fact]
    public async Task Given_NeverStartedJourney_When_Triaged_Then_NotFoundJourney()
    {
        var journey = fixture.Client.GetGrain<IJourneyGrain>(Guid.NewGuid());

        var ex = await Should.ThrowAsync<NotFoundException>(() =>
            journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.Urgent }, Actor.System));

        ex.Entity.ShouldBe("Journey");
        (await journey.GetAsync()).ShouldBeNull();
    }

    private async Task<(CareNetwork Network, IJourneyGrain Journey)> StartedAsync()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var journey = fixture.Client.GetGrain<IJourneyGrain>(Guid.NewGuid());
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        return (net, journey);
    }

    private static async Task AssertUnchangedAsync(IJourneyGrain journey, JourneySnapshot before)
    {
        var after = (await journey.GetAsync())!;
        after.Version.ShouldBe(before.Version);
        after.Stage.ShouldBe(before.Stage);
        after.UpdatedAt.ShouldBe(before.UpdatedAt);
        after.Steps.Select(s => (s.Id, s.Kind, s.Status, s.UpdatedAt)).ShouldBe(before.Steps.Select(s => (s.Id, s.Kind, s.Status, s.UpdatedAt)));
        (await journey.GetEventsAsync(0, 1000)).Events.Count.ShouldBe(before.Version);
    }
}
