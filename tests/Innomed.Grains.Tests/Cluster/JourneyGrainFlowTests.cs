using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class JourneyGrainFlowTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_ACareNetwork_When_AJourneyRunsFromTriageToClosure_Then_StagesTimelineAndIndexesFollowEachStep()
    {
        var grains = fixture.Client;
        var net = await CareNetwork.RegisterAsync(grains);
        var id = Guid.NewGuid();
        var journey = grains.GetGrain<IJourneyGrain>(id);
        var territory = grains.GetGrain<ITerritoryGrain>(net.TerritoryId);
        var gp = grains.GetGrain<IPractitionerGrain>(net.GpId);
        var specialist = grains.GetGrain<IPractitionerGrain>(net.SpecialistId);
        var unit = grains.GetGrain<IHospitalUnitGrain>(net.UnitId);

        var s = await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        s.Stage.ShouldBe(JourneyStage.Triage);
        s.Version.ShouldBe(1);
        s.PatientUserId.ShouldBe(net.PatientActor.Id);
        await Eventually.Async(() => territory.GetActiveJourneysAsync(JourneyStage.Triage),
            l => l.Any(j => j.JourneyId == id), "the territory to list the journey in triage");

        var triagedAt = SharedClock.Instance.GetUtcNow();
        s = await journey.SubmitTriageAsync(new TriageSubmission
        {
            // A complete questionnaire: incomplete answers would (rightly) raise the level.
            Answers = [new("age", "40"), new("sex", "male"), new("reason", "Renouvellement d'ordonnance"),
                new("altered_consciousness", "no"), new("chronic_conditions", "none"), new("treatments", "none"),
                new("duration", "days_1_3"), new("pain", "2"), new("temperature", "37"), new("discomfort", "mild")],
        }, net.PatientActor);
        s.Stage.ShouldBe(JourneyStage.AwaitingPrimaryCare);
        s.Triage!.Level.ShouldBe(TriageLevel.NonUrgent);
        s.Triage.DueBy.ShouldBe(triagedAt.AddHours(48));
        await Eventually.Async(() => territory.GetActiveJourneysAsync(JourneyStage.AwaitingPrimaryCare),
            l => l.Any(j => j.JourneyId == id && j.Level == TriageLevel.NonUrgent), "the awaiting queue to hold the journey");

        s = await journey.TakeChargeAsync(net.GpId, net.Gp);
        s.Stage.ShouldBe(JourneyStage.PrimaryCare);
        s.PrimaryPractitionerId.ShouldBe(net.GpId);
        var primaryStep = s.Steps.Single(x => x.Kind == StepKind.PrimaryCare).Id;
        await Eventually.Async(gp.GetWorklistAsync, l => l.Any(w => w.JourneyId == id && w.Step.StepId == primaryStep),
            "the GP's worklist to hold the primary-care step");
        (await gp.GetJourneysAsync()).ShouldContain(j => j.JourneyId == id);
        (await territory.GetActiveJourneysAsync(JourneyStage.AwaitingPrimaryCare)).ShouldNotContain(j => j.JourneyId == id);

        var referral = (await journey.AddStepAsync(new StepRequest
        {
            Kind = StepKind.Referral, Performer = Performer.Unit(net.UnitId), Reason = "Chest pain on effort",
            Priority = Priority.Urgent,
        }, net.Gp)).StepId;
        var teleExpertise = (await journey.AddStepAsync(new StepRequest
        {
            Kind = StepKind.TeleExpertise, Performer = Performer.Practitioner(net.SpecialistId), Reason = "ECG reading",
        }, net.Gp)).StepId;
        await Eventually.Async(unit.GetIncomingAsync, l => l.Any(w => w.Step.StepId == referral && w.Step.Status == StepStatus.Requested),
            "the unit's incoming list to hold the referral");
        await Eventually.Async(specialist.GetWorklistAsync, l => l.Any(w => w.Step.StepId == teleExpertise),
            "the specialist's worklist to hold the tele-expertise");

        var outcome = await journey.UpdateStepAsync(new StepUpdate { StepId = referral, Action = StepAction.Accept }, net.UnitStaff);
        outcome.Journey.Stage.ShouldBe(JourneyStage.SpecialistCare);
        outcome.Step.Status.ShouldBe(StepStatus.Accepted);

        var slotStart = SharedClock.Instance.GetUtcNow().AddDays(3);
        outcome = await journey.UpdateStepAsync(new StepUpdate
        {
            StepId = referral, Action = StepAction.Schedule, Slot = new Slot(slotStart, slotStart.AddMinutes(45)),
        }, net.UnitStaff);
        outcome.Step.Status.ShouldBe(StepStatus.Scheduled);
        await Eventually.Async(unit.GetIncomingAsync, l => l.Any(w => w.Step.StepId == referral && w.Step.Status == StepStatus.Scheduled),
            "the unit's incoming list to show the referral scheduled");

        foreach (var action in new[] { StepAction.Accept, StepAction.Start })
            await journey.UpdateStepAsync(new StepUpdate { StepId = teleExpertise, Action = action }, net.Specialist);
        await journey.UpdateStepAsync(new StepUpdate { StepId = teleExpertise, Action = StepAction.Complete, Report = "Normal ECG" },
            net.Specialist);
        await Eventually.Async(specialist.GetWorklistAsync, l => l.All(w => w.JourneyId != id),
            "the specialist's worklist to drop the finished tele-expertise");

        await journey.UpdateStepAsync(new StepUpdate { StepId = referral, Action = StepAction.Start }, net.UnitStaff);
        outcome = await journey.UpdateStepAsync(new StepUpdate
        {
            StepId = referral, Action = StepAction.Complete, Report = "Stable angina; treatment started",
        }, net.UnitStaff);
        outcome.Journey.Stage.ShouldBe(JourneyStage.FollowUp);
        var followUp = outcome.Journey.Steps.Single(x => x.Kind == StepKind.FollowUp);
        await Eventually.Async(unit.GetIncomingAsync, l => l.All(w => w.JourneyId != id), "the unit's incoming list to drop the referral");
        await Eventually.Async(gp.GetWorklistAsync, l => l.Any(w => w.Step.StepId == followUp.Id),
            "the GP's worklist to hold the follow-up step");
        (await unit.GetJourneysAsync()).ShouldContain(j => j.JourneyId == id && j.Stage == JourneyStage.FollowUp);

        s = await journey.CloseAsync("Treated; back to routine follow-up", net.Gp);
        s.Stage.ShouldBe(JourneyStage.Closed);
        s.Steps.ShouldAllBe(x => x.IsFinal);
        await Eventually.Async(() => territory.GetActiveJourneysAsync(null), l => l.All(j => j.JourneyId != id),
            "the territory to drop the closed journey");
        await Eventually.Async(gp.GetWorklistAsync, l => l.All(w => w.JourneyId != id), "the GP's worklist to empty");
        (await gp.GetJourneysAsync()).ShouldContain(j => j.JourneyId == id && j.Stage == JourneyStage.Closed);

        var page = await journey.GetEventsAsync(0, 100);
        page.CurrentVersion.ShouldBe(s.Version);
        page.Events.Select(e => e.Version).ShouldBe(Enumerable.Range(1, s.Version));
        page.Events.Select(e => e.Type).ShouldBe(
        [
            JourneyEventType.JourneyStarted, JourneyEventType.TriageSubmitted, JourneyEventType.TakenInCharge,
            JourneyEventType.StepAdded, JourneyEventType.StepAdded,
            JourneyEventType.StepStatusChanged, JourneyEventType.StepStatusChanged,
            JourneyEventType.StepStatusChanged, JourneyEventType.StepStatusChanged, JourneyEventType.StepStatusChanged,
            JourneyEventType.StepStatusChanged, JourneyEventType.StepStatusChanged,
            JourneyEventType.JourneyClosed,
        ]);
        page.Events.Where(e => e.PreviousStage is not null).Select(e => e.Stage).ShouldBe(
        [
            JourneyStage.AwaitingPrimaryCare, JourneyStage.PrimaryCare, JourneyStage.SpecialistCare, JourneyStage.FollowUp,
            JourneyStage.Closed,
        ]);
    }

    [Fact]
    public async Task Given_NeverStartedJourney_When_Read_Then_NullAndAnEmptyTimeline()
    {
        var journey = fixture.Client.GetGrain<IJourneyGrain>(Guid.NewGuid());

        (await journey.GetAsync()).ShouldBeNull();
        var page = await journey.GetEventsAsync(0, 10);
        page.Events.ShouldBeEmpty();
        page.CurrentVersion.ShouldBe(0);
    }
}
