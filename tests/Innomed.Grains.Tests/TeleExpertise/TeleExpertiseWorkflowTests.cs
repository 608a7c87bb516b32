using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Innomed.Grains.TeleExpertise;
using Innomed.Grains.Tests.Workflow;

namespace Innomed.Grains.Tests.TeleExpertise;

/// <summary>The tele-expertise commands on a bare journey state: rules, refusals that change nothing, one event each.</summary>
[Trait("Category", "Unit")]
public sealed class TeleExpertiseWorkflowTests
{
    private static readonly PractitionerProfile Expert = new()
    {
        Id = "spec-cardio", FamilyName = "Mercier", GivenName = "Paul", Role = PractitionerRole.Specialist,
        Specialty = " Cardiology ", TerritoryId = JourneyScenario.Territory,
    };

    private static readonly Actor ExpertActor = new(Expert.Id, ActorRole.Specialist);
    private static readonly DocumentReference Ecg = new("ECG 12 dérivations", "application/pdf", "https://docs.example/ecg-1");
    private static readonly RemuneratedAct[] Acts =
    [
        new(BillingRole.Expert, Expert.Id, "TE2", 20m, true, null, 1),
        new(BillingRole.Requester, JourneyScenario.Gp.Id, "RQD", 10m, true, null, 1),
    ];

    private static (JourneyScenario Journey, Guid Step) Requested(Priority priority = Priority.Routine, DateTimeOffset? dueBy = null)
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var evt = j.Do(w => w.RequestTeleExpertise(new TeleExpertiseRequest
        {
            ExpertId = Expert.Id, Question = "ST sus-décalage isolé en V2 ?", Attachments = [Ecg], Priority = priority, DueBy = dueBy,
        }, Expert, TimeSpan.FromHours(priority == Priority.Urgent ? 4 : 24), JourneyScenario.GpActor));
        return (j, evt.StepId!.Value);
    }

    [Fact]
    public void GivenAJourneyInPrimaryCare_WhenTheGpAsksAnExpert_ThenATeleExpertiseStepIsRequestedWithTheDefaultDueBy()
    {
        var (j, id) = Requested(Priority.Urgent);
        var step = j.State.FindStep(id)!;
        var evt = j.State.Events[^1];

        step.Kind.ShouldBe(StepKind.TeleExpertise);
        step.Status.ShouldBe(StepStatus.Requested);
        step.Performer.ShouldBe(Performer.Practitioner(Expert.Id));
        step.RequesterId.ShouldBe(JourneyScenario.Gp.Id);
        step.ParentId.ShouldBe(j.State.Steps.Single(s => s.Kind == StepKind.PrimaryCare).Id);
        step.DueBy.ShouldBe(evt.At + TimeSpan.FromHours(4));
        step.TeleExpertise!.InitialDueBy.ShouldBe(step.DueBy!.Value);
        step.TeleExpertise.Specialty.ShouldBe("Cardiology");
        step.TeleExpertise.Attachments.ShouldBe([Ecg]);
        step.TeleExpertise.AskedExpertIds.ShouldBe([Expert.Id]);
        evt.Type.ShouldBe(JourneyEventType.StepAdded);
        evt.Detail.ShouldBe("TeleExpertise");
    }

    public static TheoryData<string, TeleExpertiseRequest> BadRequests() => new()
    {
        { "question", new TeleExpertiseRequest { ExpertId = Expert.Id, Question = " " } },
        { "question", new TeleExpertiseRequest { ExpertId = Expert.Id, Question = new string('x', 4001) } },
        { "attachments.reference", new TeleExpertiseRequest { ExpertId = Expert.Id, Question = "q", Attachments = [Ecg with { Reference = "javascript:alert(1)" }] } },
        { "attachments.reference", new TeleExpertiseRequest { ExpertId = Expert.Id, Question = "q", Attachments = [Ecg with { Reference = "ecg.pdf" }] } },
        { "attachments.contentType", new TeleExpertiseRequest { ExpertId = Expert.Id, Question = "q", Attachments = [Ecg with { ContentType = "pdf" }] } },
        { "attachments.name", new TeleExpertiseRequest { ExpertId = Expert.Id, Question = "q", Attachments = [Ecg with { Name = "" }] } },
        { "attachments", new TeleExpertiseRequest { ExpertId = Expert.Id, Question = "q", Attachments = Enumerable.Repeat(Ecg, 11).ToArray() } },
        { "dueBy", new TeleExpertiseRequest { ExpertId = Expert.Id, Question = "q", DueBy = JourneyScenario.T0.AddDays(-1) } },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void GivenABadRequest_WhenTheGpAsks_ThenBadInputNamesTheFieldAndNothingChanges(string field, TeleExpertiseRequest request)
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var before = j.Serialized();
        Should.Throw<InvalidInputException>(() => j.Do(w => w.RequestTeleExpertise(request, Expert, TimeSpan.FromHours(24), JourneyScenario.GpActor)))
            .Field.ShouldBe(field);
        j.Serialized().ShouldBe(before);
    }

    [Fact]
    public void GivenTheGp_WhenTheyAskThemselves_ThenBadInput()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        Should.Throw<InvalidInputException>(() => j.Do(w => w.RequestTeleExpertise(
                new TeleExpertiseRequest { ExpertId = JourneyScenario.Gp.Id, Question = "q" }, JourneyScenario.Gp, TimeSpan.FromHours(1), JourneyScenario.GpActor)))
            .Field.ShouldBe("expertId");
    }

    [Fact]
    public void GivenAJourneyStillAwaitingAGp_WhenSomeoneAsksAnExpert_ThenInvalidTransition()
    {
        var j = JourneyScenario.InStage(JourneyStage.AwaitingPrimaryCare);
        Should.Throw<InvalidTransitionException>(() => j.Do(w => w.RequestTeleExpertise(
            new TeleExpertiseRequest { ExpertId = Expert.Id, Question = "q" }, Expert, TimeSpan.FromHours(1), JourneyScenario.GpActor)))
            .CurrentState.ShouldBe("AwaitingPrimaryCare");
    }

    [Fact]
    public void GivenAnotherGp_WhenTheyAskAboutAJourneyTheyDoNotFollow_ThenForbidden()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        Should.Throw<ForbiddenException>(() => j.Do(w => w.RequestTeleExpertise(
            new TeleExpertiseRequest { ExpertId = Expert.Id, Question = "q" }, Expert, TimeSpan.FromHours(1), new Actor("gp-2", ActorRole.Gp))));
    }

    [Fact]
    public void GivenARequest_WhenTheExpertAnswers_ThenTheStepCompletesWithResponseTimeAndActs()
    {
        var (j, id) = Requested();
        j.Now = j.Now.AddHours(3);
        var evt = j.Do(w => w.AnswerTeleExpertise(new TeleExpertiseAnswer { StepId = id, Answer = "Repolarisation précoce, pas de SCA." }, ExpertActor, Acts));

        var step = j.State.FindStep(id)!;
        step.Status.ShouldBe(StepStatus.Completed);
        step.Report.ShouldBe("Repolarisation précoce, pas de SCA.");
        step.CompletedAt.ShouldBe(evt.At);
        var te = step.TeleExpertise!;
        te.Outcome.ShouldBe(TeleExpertiseOutcome.Answered);
        te.AnsweredBy.ShouldBe(Expert.Id);
        te.ResponseTime.ShouldBe(evt.At - te.RequestedAt);
        te.ResponseTime!.Value.ShouldBeGreaterThan(TimeSpan.FromHours(3));
        te.WithinDueBy.ShouldBe(true);
        te.Acts.ShouldBe(Acts);
        te.AnsweredVersion.ShouldBe(evt.Version);
        evt.Type.ShouldBe(JourneyEventType.StepStatusChanged);
        evt.PreviousStepStatus.ShouldBe(StepStatus.Requested);
        evt.Detail.ShouldBe("Answer");
        j.State.Stage.ShouldBe(JourneyStage.PrimaryCare); // a question is not specialist care
    }

    [Fact]
    public void GivenARequestPastItsDueBy_WhenTheExpertAnswersLate_ThenItIsNotWithinDueBy()
    {
        var (j, id) = Requested();
        j.Now = j.Now.AddHours(30);
        j.Do(w => w.AnswerTeleExpertise(new TeleExpertiseAnswer { StepId = id, Answer = "a" }, ExpertActor, Acts));
        j.State.FindStep(id)!.TeleExpertise!.WithinDueBy.ShouldBe(false);
    }

    [Fact]
    public void GivenAnAcceptedRequestOnHold_WhenTheExpertAnswers_ThenTheMachineWalksToCompleted()
    {
        var (j, id) = Requested();
        j.Do(w => w.UpdateStep(new StepUpdate { StepId = id, Action = StepAction.Accept }, ExpertActor));
        j.Do(w => w.UpdateStep(new StepUpdate { StepId = id, Action = StepAction.Start }, ExpertActor));
        j.Do(w => w.UpdateStep(new StepUpdate { StepId = id, Action = StepAction.Hold }, ExpertActor));
        j.Do(w => w.AnswerTeleExpertise(new TeleExpertiseAnswer { StepId = id, Answer = "a" }, ExpertActor, Acts));
        j.State.FindStep(id)!.Status.ShouldBe(StepStatus.Completed);
    }

    [Fact]
    public void GivenARequest_WhenSomeoneElseAnswers_ThenForbiddenAndNothingChanges()
    {
        var (j, id) = Requested();
        var before = j.Serialized();
        Should.Throw<ForbiddenException>(() => j.Do(w => w.AnswerTeleExpertise(
            new TeleExpertiseAnswer { StepId = id, Answer = "a" }, new Actor("spec-other", ActorRole.Specialist), Acts)));
        Should.Throw<ForbiddenException>(() => j.Do(w => w.AnswerTeleExpertise(
            new TeleExpertiseAnswer { StepId = id, Answer = "a" }, JourneyScenario.GpActor, Acts)));
        j.Serialized().ShouldBe(before);
    }

    [Fact]
    public void GivenAnAnsweredRequest_WhenAnsweredAgain_ThenInvalidTransitionAndTheFirstAnswerStays()
    {
        var (j, id) = Requested();
        j.Do(w => w.AnswerTeleExpertise(new TeleExpertiseAnswer { StepId = id, Answer = "first" }, ExpertActor, Acts));
        var before = j.Serialized();
        var error = Should.Throw<InvalidTransitionException>(() => j.Do(w => w.AnswerTeleExpertise(
            new TeleExpertiseAnswer { StepId = id, Answer = "second" }, ExpertActor, Acts)));
        error.CurrentState.ShouldBe("Completed");
        j.Serialized().ShouldBe(before);
    }

    [Fact]
    public void GivenARequest_WhenTheAnswerIsEmptyOrTheStepIsNotATeleExpertise_ThenBadInput()
    {
        var (j, id) = Requested();
        Should.Throw<InvalidInputException>(() => j.Do(w => w.AnswerTeleExpertise(new TeleExpertiseAnswer { StepId = id, Answer = "" }, ExpertActor, Acts)))
            .Field.ShouldBe("answer");
        var referral = j.AddStep();
        Should.Throw<InvalidInputException>(() => j.Do(w => w.AnswerTeleExpertise(new TeleExpertiseAnswer { StepId = referral, Answer = "a" }, ExpertActor, Acts)))
            .Field.ShouldBe("stepId");
        Should.Throw<NotFoundException>(() => j.Do(w => w.AnswerTeleExpertise(new TeleExpertiseAnswer { StepId = Guid.NewGuid(), Answer = "a" }, ExpertActor, Acts)));
    }

    [Fact]
    public void GivenARequest_WhenCompletedThroughUpdateStep_ThenInvalidTransition()
    {
        var (j, id) = Requested();
        j.Do(w => w.UpdateStep(new StepUpdate { StepId = id, Action = StepAction.Accept }, ExpertActor));
        j.Do(w => w.UpdateStep(new StepUpdate { StepId = id, Action = StepAction.Start }, ExpertActor));
        var error = Should.Throw<InvalidTransitionException>(() => j.Do(w => w.UpdateStep(
            new StepUpdate { StepId = id, Action = StepAction.Complete, Report = "r" }, ExpertActor)));
        error.Permitted.ShouldNotContain("Complete");
        j.State.FindStep(id)!.Status.ShouldBe(StepStatus.InProgress);
    }

    [Fact]
    public void GivenARequest_WhenTheExpertConvertsIt_ThenAReferralReplacesItAndNoActIsRecorded()
    {
        var (j, id) = Requested(Priority.Urgent);
        var evt = j.Do(w => w.ConvertTeleExpertise(new TeleExpertiseConversion { StepId = id, Reason = "Échographie cardiaque nécessaire" }, ExpertActor));

        var question = j.State.FindStep(id)!;
        question.Status.ShouldBe(StepStatus.Completed);
        question.TeleExpertise!.Outcome.ShouldBe(TeleExpertiseOutcome.Converted);
        question.TeleExpertise.Acts.ShouldBeEmpty();
        var referral = j.State.FindStep(question.TeleExpertise.ConvertedToStepId!.Value)!;
        referral.Kind.ShouldBe(StepKind.Referral);
        referral.Status.ShouldBe(StepStatus.Requested);
        referral.Performer.ShouldBe(Performer.Practitioner(Expert.Id));
        referral.RequesterId.ShouldBe(JourneyScenario.Gp.Id);
        referral.ParentId.ShouldBe(question.ParentId);
        referral.Priority.ShouldBe(Priority.Urgent);
        referral.Reason.ShouldBe("Échographie cardiaque nécessaire");
        evt.Detail.ShouldBe("ConvertToReferral");
        j.State.Events.Count.ShouldBe(evt.Version);
    }

    [Fact]
    public void GivenARequest_WhenConvertedToAnotherPerformerWithoutAReason_ThenBadInputAndNothingChanges()
    {
        var (j, id) = Requested();
        var before = j.Serialized();
        Should.Throw<InvalidInputException>(() => j.Do(w => w.ConvertTeleExpertise(
            new TeleExpertiseConversion { StepId = id, Reason = "", Performer = Performer.Unit("chu:usi") }, ExpertActor))).Field.ShouldBe("reason");
        j.Serialized().ShouldBe(before);
    }

    [Fact]
    public void GivenARequestPastItsDueBy_WhenEscalated_ThenTheNextExpertHasIt_WithANewDueBy()
    {
        var (j, id) = Requested();
        j.Do(w => w.UpdateStep(new StepUpdate { StepId = id, Action = StepAction.Accept }, ExpertActor));
        JourneyWorkflow.NextTeleExpertiseDue(j.State).ShouldBe(j.State.FindStep(id)!.DueBy);
        new JourneyWorkflow(j.State, j.Now).EscalateTeleExpertise(id, "spec-cardio-2", TimeSpan.FromHours(24)).ShouldBeNull(); // not due yet

        var held = j.State.FindStep(id)!;
        (held.Slot, held.BookedCalendar) = (new Slot(j.Now.AddDays(2), j.Now.AddDays(2).AddMinutes(20)), "practitioner/spec-cardio");
        j.Now = j.Now.AddHours(25);
        JourneyWorkflow.DueTeleExpertise(j.State, j.Now).ShouldBe([id]);
        var evt = j.Do(w => w.EscalateTeleExpertise(id, "spec-cardio-2", TimeSpan.FromHours(24))!);

        var step = j.State.FindStep(id)!;
        evt.Type.ShouldBe(JourneyEventType.TeleExpertiseEscalated);
        evt.ActorId.ShouldBe("system");
        evt.PreviousStepStatus.ShouldBe(StepStatus.Accepted);
        step.Performer.ShouldBe(Performer.Practitioner("spec-cardio-2"));
        step.Status.ShouldBe(StepStatus.Requested);
        (step.Slot, step.BookedCalendar).ShouldBe((null, null)); // the first expert's slot is freed by the journey grain
        step.DueBy.ShouldBe(evt.At + TimeSpan.FromHours(24));
        step.TeleExpertise!.AskedExpertIds.ShouldBe([Expert.Id, "spec-cardio-2"]);
        step.TeleExpertise.Escalations.Single().ShouldBe(new TeleExpertiseEscalation(evt.At, Expert.Id, "spec-cardio-2", step.DueBy));
        step.TeleExpertise.InitialDueBy.ShouldBeLessThan(step.DueBy!.Value);
        JourneyWorkflow.DueTeleExpertise(j.State, j.Now).ShouldBeEmpty();

        // The first expert no longer answers it; the second does.
        Should.Throw<ForbiddenException>(() => j.Do(w => w.AnswerTeleExpertise(new TeleExpertiseAnswer { StepId = id, Answer = "a" }, ExpertActor, Acts)));
        j.Do(w => w.AnswerTeleExpertise(new TeleExpertiseAnswer { StepId = id, Answer = "a" }, new Actor("spec-cardio-2", ActorRole.Specialist), Acts));
        j.State.FindStep(id)!.TeleExpertise!.WithinDueBy.ShouldBe(false);
    }

    [Fact]
    public void GivenARequestPastItsDueBy_WhenNoOtherExpertExists_ThenEscalationFailsOnceAndTheExpertMayStillAnswer()
    {
        var (j, id) = Requested();
        j.Now = j.Now.AddHours(25);
        var evt = j.Do(w => w.EscalateTeleExpertise(id, null, TimeSpan.FromHours(24))!);

        evt.Type.ShouldBe(JourneyEventType.TeleExpertiseEscalationFailed);
        var step = j.State.FindStep(id)!;
        step.TeleExpertise!.EscalationFailedAt.ShouldBe(evt.At);
        step.Performer.ShouldBe(Performer.Practitioner(Expert.Id));
        JourneyWorkflow.NextTeleExpertiseDue(j.State).ShouldBeNull(); // the reminder stops
        new JourneyWorkflow(j.State, j.Now.AddHours(1)).EscalateTeleExpertise(id, null, TimeSpan.FromHours(1)).ShouldBeNull();
        j.Do(w => w.AnswerTeleExpertise(new TeleExpertiseAnswer { StepId = id, Answer = "late" }, ExpertActor, Acts));
        j.State.FindStep(id)!.Status.ShouldBe(StepStatus.Completed);
    }

    [Fact]
    public void GivenAnEscalation_WhenTheCandidateWasAlreadyAskedOrIsTheRequester_ThenItFailsInsteadOfAskingThemAgain()
    {
        var (j, id) = Requested();
        j.Now = j.Now.AddHours(25);
        j.Do(w => w.EscalateTeleExpertise(id, JourneyScenario.Gp.Id, TimeSpan.FromHours(24))!).Type
            .ShouldBe(JourneyEventType.TeleExpertiseEscalationFailed);
    }

    [Fact]
    public void GivenADeclinedRequest_WhenItsDueByPasses_ThenNothingIsEscalated()
    {
        var (j, id) = Requested();
        j.Do(w => w.UpdateStep(new StepUpdate { StepId = id, Action = StepAction.Reject, Reason = "Hors champ", Alternative = "Demander au pneumologue" }, ExpertActor));
        j.Now = j.Now.AddDays(3);
        JourneyWorkflow.NextTeleExpertiseDue(j.State).ShouldBeNull();
        new JourneyWorkflow(j.State, j.Now).EscalateTeleExpertise(id, "spec-cardio-2", TimeSpan.FromHours(1)).ShouldBeNull();
    }

    [Fact]
    public void GivenARequest_WhenProjected_ThenTheSnapshotCarriesTheDetails()
    {
        var (j, id) = Requested();
        var snapshot = JourneyProjection.ToSnapshot(j.State).FindStep(id)!;
        snapshot.TeleExpertise.ShouldBe(j.State.FindStep(id)!.TeleExpertise);
        j.Do(w => w.UpdateStep(new StepUpdate { StepId = id, Action = StepAction.Accept }, ExpertActor));
        j.Do(w => w.UpdateStep(new StepUpdate { StepId = id, Action = StepAction.Start }, ExpertActor));
        var started = JourneyProjection.ToSnapshot(j.State).FindStep(id)!;
        started.PermittedActions.ShouldNotContain(StepAction.Complete); // answerTeleExpertise completes it
        started.PermittedActions.ShouldContain(StepAction.Hold);
    }
}
