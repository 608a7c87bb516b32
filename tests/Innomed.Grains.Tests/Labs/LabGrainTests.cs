using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Innomed.Grains.Labs;
using Innomed.Grains.Tests.Cluster;

namespace Innomed.Grains.Tests.Labs;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class LabGrainTests(ClusterFixture fixture)
{
    private static readonly LabResultEntry NormalSodium = new()
    {
        Code = "2951-2", Label = "Sodium", Value = 140, Unit = "mmol/L", ReferenceLow = 135, ReferenceHigh = 145, CriticalLow = 120, CriticalHigh = 160,
    };

    private static readonly LabResultEntry CriticalPotassium = new()
    {
        Code = "2823-3", Label = "Potassium", Value = 7.1m, Unit = "mmol/L", ReferenceLow = 3.5m, ReferenceHigh = 5.0m, CriticalLow = 2.8m, CriticalHigh = 6.2m,
    };

    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task Given_ALabOrder_When_TheLabPostsNormalThenFinalResults_Then_FlagsAreComputedAndTheStepCompletesWithASummary()
    {
        var (net, journey, stepId) = await OrderedAsync();

        var partial = await journey.PostResultsAsync(new LabResultsPosting { StepId = stepId, Results = [NormalSodium] }, net.UnitStaff);
        partial.Step.Status.ShouldBe(StepStatus.InProgress);
        partial.Step.Lab!.Results.Single().Flag.ShouldBe(ResultFlag.Normal);
        partial.Journey.Alerts.ShouldBeEmpty();

        var corrected = NormalSodium with { Value = 131 };
        var final = await journey.PostResultsAsync(new LabResultsPosting { StepId = stepId, Results = [corrected], Final = true }, net.UnitStaff);
        final.Step.Status.ShouldBe(StepStatus.Completed);
        final.Step.Lab!.Results.Single().Flag.ShouldBe(ResultFlag.Low); // the correction replaced the first value
        final.Step.Report.ShouldBe("1 result(s), 1 abnormal, 0 critical");
        var events = (await journey.GetEventsAsync(0, 100)).Events;
        events[^1].Type.ShouldBe(JourneyEventType.LabResultsPosted);
        events[^1].Detail!.ShouldNotContain("131"); // counts, never values
    }

    [Fact]
    public async Task Given_ALabOrder_When_SomeoneElsePostsOrTheResultsAreBad_Then_RefusedAndNothingChanges()
    {
        var (net, journey, stepId) = await OrderedAsync();
        var before = (await journey.GetAsync())!.Version;

        await Should.ThrowAsync<ForbiddenException>(() => Labs(journey).PostResultsAsync(new LabResultsPosting { StepId = stepId, Results = [NormalSodium] }, net.Gp));
        (await Should.ThrowAsync<InvalidInputException>(() => Labs(journey).PostResultsAsync(
            new LabResultsPosting { StepId = stepId, Results = [NormalSodium, NormalSodium] }, net.UnitStaff))).Field.ShouldBe("results[1].code");
        await Should.ThrowAsync<NotFoundException>(() => Labs(journey).PostResultsAsync(new LabResultsPosting { StepId = Guid.NewGuid(), Results = [NormalSodium] }, net.UnitStaff));

        (await journey.GetAsync())!.Version.ShouldBe(before);
    }

    [Fact]
    public async Task Given_ACriticalResult_When_Posted_Then_TheOrdererGetsAnAlertUntilTheyAcknowledgeIt()
    {
        var (net, journey, stepId) = await OrderedAsync();

        var posted = await journey.PostResultsAsync(new LabResultsPosting { StepId = stepId, Results = [NormalSodium, CriticalPotassium] }, net.UnitStaff);

        var alert = posted.Journey.Alerts.Single();
        alert.OrderedBy.ShouldBe(net.GpId);
        alert.Codes.ShouldBe(["2823-3"]);
        alert.EscalateAt.ShouldBe(alert.RaisedAt + TimeSpan.FromMinutes(30));
        var gp = Grains.GetGrain<IPractitionerGrain>(net.GpId);
        await Eventually.Async(gp.GetAlertsAsync, l => l.Any(a => a.Id == alert.Id), "the GP's alert list");

        await Should.ThrowAsync<ForbiddenException>(() => journey.AcknowledgeAlertAsync(alert.Id, new Actor(net.OtherGpId, ActorRole.Gp)));
        var acknowledged = await journey.AcknowledgeAlertAsync(alert.Id, net.Gp);
        acknowledged.Alerts.Single().AcknowledgedBy.ShouldBe(net.GpId);
        await Should.ThrowAsync<InvalidTransitionException>(() => journey.AcknowledgeAlertAsync(alert.Id, net.Gp));
        await Eventually.Async(gp.GetAlertsAsync, l => l.All(a => a.Id != alert.Id), "the acknowledged alert leaving the list");
    }

    [Fact]
    public async Task Given_AnUnacknowledgedCriticalResult_When_TheDelayPasses_Then_ItEscalatesToTheOnCallGpDurably()
    {
        var (net, journey, stepId) = await OrderedAsync();
        await Grains.GetGrain<ITerritoryGrain>(net.TerritoryId).SetOnCallAsync(net.OtherGpId);
        var alert = (await journey.PostResultsAsync(new LabResultsPosting { StepId = stepId, Results = [CriticalPotassium] }, net.UnitStaff))
            .Journey.Alerts.Single();

        SharedClock.Instance.Advance(TimeSpan.FromMinutes(31));

        var escalated = await Eventually.Async(journey.GetAsync, j => j!.Alerts.Single().EscalatedAt is not null, "the escalation");
        escalated!.Alerts.Single().EscalatedTo.ShouldBe(net.OtherGpId);
        var onCall = Grains.GetGrain<IPractitionerGrain>(net.OtherGpId);
        await Eventually.Async(onCall.GetAlertsAsync, l => l.Any(a => a.Id == alert.Id), "the on-call GP's alert list");
        (await journey.AcknowledgeAlertAsync(alert.Id, new Actor(net.OtherGpId, ActorRole.Gp))).Alerts.Single().IsOpen.ShouldBeFalse();
        (await journey.GetEventsAsync(0, 100)).Events.Count(e => e.Type == JourneyEventType.AlertEscalated).ShouldBe(1);
    }

    [Fact]
    public async Task Given_ALabOrder_When_ItsSamplingSlotIsBookedAndResultsArrive_Then_ScheduledThenInProgressThenCompleted()
    {
        var (net, journey, stepId) = await OrderedAsync();
        var calendar = Grains.GetGrain<Innomed.Grains.Availability.ICalendarGrain>(Innomed.Grains.Availability.Calendars.Key(Performer.Unit(net.UnitId)));
        await calendar.SetWeeklyTemplateAsync("Europe/Paris", Enum.GetValues<DayOfWeek>()
            .Select(d => new Innomed.Grains.Availability.AvailabilityBlock(d, new TimeOnly(7, 0), new TimeOnly(19, 0), 15)).ToArray(), Actor.System);
        var now = SharedClock.Instance.GetUtcNow();
        var slot = (await calendar.GetSlotsAsync(now.AddHours(1), now.AddDays(2), includeTaken: false))[0];

        var booked = await journey.Journey.BookStepAsync(stepId, slot.Start, net.Gp);
        booked.Step.Status.ShouldBe(StepStatus.Scheduled);
        booked.Step.Slot!.Start.ShouldBe(slot.Start);

        (await journey.PostResultsAsync(new LabResultsPosting { StepId = stepId, Results = [NormalSodium] }, net.UnitStaff)).Step.Status.ShouldBe(StepStatus.InProgress);
        (await journey.PostResultsAsync(new LabResultsPosting { StepId = stepId, Final = true }, net.UnitStaff)).Step.Status.ShouldBe(StepStatus.Completed);
    }

    [Fact]
    public async Task Given_AnOnCallCandidate_When_NotAGpOfTheTerritory_Then_Refused()
    {
        var net = await CareNetwork.RegisterAsync(Grains);
        (await Should.ThrowAsync<InvalidInputException>(() => Grains.GetGrain<ITerritoryGrain>(net.TerritoryId).SetOnCallAsync(net.SpecialistId)))
            .Field.ShouldBe("practitionerId");
    }

    private static IJourneyLabs Labs(JourneyLabsAndGrain journey) => journey.Labs;

    private async Task<(CareNetwork Net, JourneyLabsAndGrain Journey, Guid StepId)> OrderedAsync()
    {
        var net = await CareNetwork.RegisterAsync(Grains);
        var id = Guid.NewGuid();
        var journey = Grains.GetGrain<IJourneyGrain>(id);
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.SemiUrgent }, net.Gp);
        await journey.TakeChargeAsync(net.GpId, net.Gp);
        var labs = Grains.GetGrain<IJourneyLabs>(id);
        var order = await labs.OrderLabsAsync(new LabOrderRequest
        {
            UnitId = net.UnitId, Tests = [new LabTest("2951-2", "Sodium"), new LabTest("2823-3", "Potassium")],
            ClinicalInformation = "Asthénie, sous diurétiques",
        }, net.Gp);
        order.Step.Kind.ShouldBe(StepKind.LabOrder);
        order.Step.Lab!.Tests.Count.ShouldBe(2);
        return (net, new JourneyLabsAndGrain(journey, labs), order.StepId);
    }

    /// <summary>The two interfaces of one journey grain, for brevity in the tests.</summary>
    private sealed record JourneyLabsAndGrain(IJourneyGrain Journey, IJourneyLabs Labs)
    {
        public Task<StepOutcome> PostResultsAsync(LabResultsPosting posting, Actor actor) => Labs.PostResultsAsync(posting, actor);
        public Task<JourneySnapshot> AcknowledgeAlertAsync(Guid alertId, Actor actor) => Labs.AcknowledgeAlertAsync(alertId, actor);
        public Task<JourneySnapshot?> GetAsync() => Journey.GetAsync();
        public Task<JourneyEventPage> GetEventsAsync(int after, int max) => Journey.GetEventsAsync(after, max);
        public Guid GetPrimaryKey() => Journey.GetPrimaryKey();
    }
}
