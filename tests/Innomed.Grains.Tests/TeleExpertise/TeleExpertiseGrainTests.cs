using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;
using Innomed.Grains.TeleExpertise;
using Innomed.Grains.Tests.Cluster;

namespace Innomed.Grains.Tests.TeleExpertise;

/// <summary>Tele-expertise through the journey grain on the two-silo cluster: worklists, escalation, cap, statements.</summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class TeleExpertiseGrainTests(ClusterFixture fixture)
{
    private static readonly DocumentReference Ecg = new("ECG", "application/pdf", "https://docs.example/ecg");

    private async Task<(IJourneyGrain Journey, IJourneyTeleExpertise Te)> InPrimaryCareAsync(CareNetwork net, PatientIdentity? patient = null)
    {
        var id = Guid.NewGuid();
        var journey = fixture.Client.GetGrain<IJourneyGrain>(id);
        await journey.StartAsync(patient ?? CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.SemiUrgent }, net.Gp);
        await journey.TakeChargeAsync(net.GpId, net.Gp);
        return (journey, fixture.Client.GetGrain<IJourneyTeleExpertise>(id));
    }

    private async Task<string> RegisterCardiologistAsync(CareNetwork net, string suffix)
    {
        var id = $"{net.SpecialistId}-{suffix}";
        await fixture.Client.GetGrain<IPractitionerGrain>(id).RegisterAsync(new PractitionerProfile
        {
            Id = id, FamilyName = "Lemoine", GivenName = "Sarah", Role = PractitionerRole.Specialist, Specialty = "CARDIOLOGY",
            TerritoryId = net.TerritoryId,
        });
        return id;
    }

    private static TeleExpertiseRequest Question(CareNetwork net) =>
        new() { ExpertId = net.SpecialistId, Question = "Lecture d'ECG ?", Attachments = [Ecg] };

    [Fact]
    public async Task GivenAGpsQuestion_WhenTheExpertAnswers_ThenWorklistAndStatementsFollow()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var (_, te) = await InPrimaryCareAsync(net);
        var requested = await te.RequestTeleExpertiseAsync(Question(net), net.Gp);
        var expert = fixture.Client.GetGrain<IPractitionerGrain>(net.SpecialistId);
        await Eventually.Async(expert.GetWorklistAsync, l => l.Any(w => w.Step.StepId == requested.StepId && w.Step.Kind == StepKind.TeleExpertise),
            "the expert's worklist to show the request");

        var answered = await te.AnswerTeleExpertiseAsync(new TeleExpertiseAnswer { StepId = requested.StepId, Answer = "Normal." }, net.Specialist);

        answered.Step.Status.ShouldBe(StepStatus.Completed);
        answered.Step.TeleExpertise!.Acts.ShouldAllBe(a => a.Billable);
        await Eventually.Async(expert.GetWorklistAsync, l => l.All(w => w.Step.StepId != requested.StepId), "the request to leave the worklist");
        var month = FrenchCalendar.Month(answered.Step.TeleExpertise.AnsweredAt!.Value);
        var expertStatement = await Eventually.Async(
            () => fixture.Client.GetGrain<ITeleExpertiseStatementGrain>(TeleExpertiseKeys.Statement(net.SpecialistId, month)).GetAsync(),
            s => s.Lines.Count == 1, "the expert's statement line");
        expertStatement.Lines[0].ShouldBe(new StatementLine
        {
            RequestId = requested.StepId, JourneyId = answered.Journey.Id, AnsweredAt = answered.Step.TeleExpertise.AnsweredAt!.Value,
            Role = BillingRole.Expert, Code = "TE2", Amount = 20m, Billable = true, CounterpartId = net.GpId,
        });
        var gpStatement = await Eventually.Async(
            () => fixture.Client.GetGrain<ITeleExpertiseStatementGrain>(TeleExpertiseKeys.Statement(net.GpId, month)).GetAsync(),
            s => s.Lines.Count == 1, "the GP's statement line");
        (gpStatement.Lines[0].Role, gpStatement.Lines[0].Code, gpStatement.BillableTotal, gpStatement.Lines[0].CounterpartId)
            .ShouldBe((BillingRole.Requester, "RQD", 10m, net.SpecialistId));
    }

    [Fact]
    public async Task GivenAnUnansweredQuestion_WhenItsDueByPasses_ThenAnotherCardiologistIsAsked_ThenNobodyIsLeft()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var second = await RegisterCardiologistAsync(net, "b");
        var (journey, te) = await InPrimaryCareAsync(net);
        var requested = await te.RequestTeleExpertiseAsync(Question(net) with { Priority = Priority.Urgent }, net.Gp);

        SharedClock.Instance.Advance(TimeSpan.FromHours(5)); // URGENT: due within 4 h

        var escalated = await Eventually.Async(journey.GetAsync, s => s!.FindStep(requested.StepId)!.Performer!.Id == second,
            "the escalation to the second cardiologist", TimeSpan.FromSeconds(15));
        var step = escalated!.FindStep(requested.StepId)!;
        step.Status.ShouldBe(StepStatus.Requested);
        step.TeleExpertise!.AskedExpertIds.ShouldBe([net.SpecialistId, second]);
        step.DueBy.ShouldNotBeNull().ShouldBeGreaterThan(SharedClock.Instance.GetUtcNow());
        await Eventually.Async(fixture.Client.GetGrain<IPractitionerGrain>(second).GetWorklistAsync,
            l => l.Any(w => w.Step.StepId == requested.StepId), "the second cardiologist's worklist");
        await Eventually.Async(fixture.Client.GetGrain<IPractitionerGrain>(net.SpecialistId).GetWorklistAsync,
            l => l.All(w => w.Step.StepId != requested.StepId), "the first cardiologist's worklist to drop it");

        SharedClock.Instance.Advance(TimeSpan.FromHours(5));

        var failed = await Eventually.Async(journey.GetAsync, s => s!.FindStep(requested.StepId)!.TeleExpertise!.EscalationFailedAt is not null,
            "the escalation to fail: no third cardiologist", TimeSpan.FromSeconds(15));
        failed!.FindStep(requested.StepId)!.Performer!.Id.ShouldBe(second);
        await Task.Delay(TimeSpan.FromSeconds(2)); // more reminder ticks change nothing
        var events = (await journey.GetEventsAsync(0, 100)).Events;
        events.Count(e => e.Type == JourneyEventType.TeleExpertiseEscalated).ShouldBe(1);
        events.Count(e => e.Type == JourneyEventType.TeleExpertiseEscalationFailed).ShouldBe(1);
        events[^1].Type.ShouldBe(JourneyEventType.TeleExpertiseEscalationFailed);
    }

    [Fact]
    public async Task GivenSixJourneysOfOnePatient_WhenTheirSixAnswersArriveAtOnce_ThenExactlyFourAreBillable()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var patient = CareNetwork.Patient with { Ins = $"2620575{Random.Shared.NextInt64(10_000_000, 99_999_999)}" };
        var requests = new List<(IJourneyTeleExpertise Te, Guid Step)>();
        for (var i = 0; i < 6; i++)
        {
            var (_, te) = await InPrimaryCareAsync(net, patient);
            requests.Add((te, (await te.RequestTeleExpertiseAsync(Question(net), net.Gp)).StepId));
        }

        var answers = await Task.WhenAll(requests.Select(r =>
            r.Te.AnswerTeleExpertiseAsync(new TeleExpertiseAnswer { StepId = r.Step, Answer = "Avis rendu." }, net.Specialist)));

        var acts = answers.Select(a => a.Step.TeleExpertise!.Acts).ToArray();
        acts.Count(a => a.All(x => x.Billable)).ShouldBe(4);
        acts.Count(a => a.All(x => !x.Billable && x.NotBillableReason!.StartsWith("YEARLY_CAP", StringComparison.Ordinal))).ShouldBe(2);
        acts.Where(a => a[0].Billable).Select(a => a[0].Rank).Order().ShouldBe([1, 2, 3, 4]);
        var year = FrenchCalendar.Year(answers[0].Step.TeleExpertise!.AnsweredAt!.Value);
        (await fixture.Client.GetGrain<ITeleExpertiseLedgerGrain>(PatientKey.LedgerKey(patient, Guid.Empty, year)).GetBillableCountAsync())
            .ShouldBe(4);
    }

    [Fact]
    public async Task GivenAQuestion_WhenTheExpertConvertsItToTheirUnit_ThenTheUnitHasAReferral()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var (_, te) = await InPrimaryCareAsync(net);
        var requested = await te.RequestTeleExpertiseAsync(Question(net), net.Gp);

        var converted = await te.ConvertTeleExpertiseAsync(new TeleExpertiseConversion
        {
            StepId = requested.StepId, Reason = "Échographie nécessaire", Performer = Performer.Unit(net.UnitId),
        }, net.Specialist);

        var referralId = converted.Step.TeleExpertise!.ConvertedToStepId!.Value;
        converted.Journey.FindStep(referralId)!.Kind.ShouldBe(StepKind.Referral);
        await Eventually.Async(fixture.Client.GetGrain<IHospitalUnitGrain>(net.UnitId).GetIncomingAsync,
            l => l.Any(w => w.Step.StepId == referralId), "the unit's incoming list");
        await Should.ThrowAsync<Errors.NotFoundException>(() => te.ConvertTeleExpertiseAsync(new TeleExpertiseConversion
        {
            StepId = requested.StepId, Reason = "r", Performer = Performer.Unit("no-such-unit"),
        }, net.Specialist));
    }

    [Fact]
    public async Task GivenAnUnknownExpert_WhenAsked_ThenNotFoundAndNoStep()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var (journey, te) = await InPrimaryCareAsync(net);
        var before = (await journey.GetAsync())!.Version;
        await Should.ThrowAsync<Errors.NotFoundException>(() => te.RequestTeleExpertiseAsync(Question(net) with { ExpertId = "nobody" }, net.Gp));
        (await journey.GetAsync())!.Version.ShouldBe(before);
    }
}
