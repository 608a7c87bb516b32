using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

[Trait("Category", "Unit")]
public sealed class TriageTests
{
    [Theory]
    [InlineData(TriageLevel.Urgent, 2)]
    [InlineData(TriageLevel.SemiUrgent, 24)]
    [InlineData(TriageLevel.NonUrgent, 48)]
    public void Given_JourneyInTriage_When_AClinicianSetsALevel_Then_AwaitingWithDueByAfterThePromisedDelay(TriageLevel level, int hours)
    {
        var j = JourneyScenario.InStage(JourneyStage.Triage);
        var at = j.Now;

        var evt = j.Triage(level);

        j.State.Stage.ShouldBe(JourneyStage.AwaitingPrimaryCare);
        j.State.Triage!.Level.ShouldBe(level);
        j.State.Triage.TriagedAt.ShouldBe(at);
        j.State.Triage.DueBy.ShouldBe(at.AddHours(hours));
        j.State.Triage.TriagedBy.ShouldBe(JourneyScenario.GpActor.Id);
        evt.Type.ShouldBe(JourneyEventType.TriageSubmitted);
        evt.Detail.ShouldBe(level.ToString());
        var root = j.State.FindStep(j.State.RootStepId)!;
        root.Status.ShouldBe(StepStatus.Completed);
        root.CompletedAt.ShouldBe(at);
    }

    [Fact]
    public void Given_JourneyInTriage_When_LevelIsEmergency_Then_RedirectedToEmergencyWithNoDueBy()
    {
        var j = JourneyScenario.InStage(JourneyStage.Triage);

        var evt = j.Triage(TriageLevel.Emergency);

        j.State.Stage.ShouldBe(JourneyStage.RedirectedToEmergency);
        j.State.Triage!.DueBy.ShouldBeNull();
        evt.Type.ShouldBe(JourneyEventType.RedirectedToEmergency);
    }

    [Fact]
    public void Given_PatientAnswersWithARedFlag_When_Submitted_Then_RedirectedToEmergencyAndNotTriagedByAClinician()
    {
        var j = JourneyScenario.InStage(JourneyStage.Triage);

        j.TriageAnswers(("breathing_distress", "yes"));

        j.State.Stage.ShouldBe(JourneyStage.RedirectedToEmergency);
        j.State.Triage!.Level.ShouldBe(TriageLevel.Emergency);
        j.State.Triage.TriagedBy.ShouldBeNull();
        j.State.Triage.Answers.ShouldHaveSingleItem().Question.ShouldBe("breathing_distress");
    }

    [Fact]
    public void Given_PatientAnswersMissingTemperature_When_Submitted_Then_LevelIsRaisedToSemiUrgent()
    {
        var j = JourneyScenario.InStage(JourneyStage.Triage);
        var at = j.Now;

        j.TriageAnswers(("pain", "1"));

        j.State.Triage!.Level.ShouldBe(TriageLevel.SemiUrgent);
        j.State.Triage.DueBy.ShouldBe(at.AddHours(24));
    }

    [Fact]
    public void Given_EmptySubmission_When_Submitted_Then_InvalidInputOnAnswers()
    {
        var j = JourneyScenario.InStage(JourneyStage.Triage);
        var before = j.Serialized();

        Should.Throw<InvalidInputException>(() => j.Do(w => w.SubmitTriage(new TriageSubmission(), JourneyScenario.PatientActor)))
            .Field.ShouldBe("answers");
        j.Serialized().ShouldBe(before);
    }

    [Fact]
    public void Given_AwaitingNonUrgent_When_RetriagedUrgent_Then_StillAwaitingWithTheNewDueByAndOverdueCleared()
    {
        var j = JourneyScenario.InStage(JourneyStage.AwaitingPrimaryCare);
        j.Now = j.State.Triage!.DueBy!.Value.AddHours(1);
        new JourneyWorkflow(j.State, j.Now).MarkOverdueIfDue().ShouldNotBeNull();
        var at = j.Now;

        var evt = j.Triage(TriageLevel.Urgent);

        j.State.Stage.ShouldBe(JourneyStage.AwaitingPrimaryCare);
        evt.PreviousStage.ShouldBeNull();
        j.State.Triage!.Level.ShouldBe(TriageLevel.Urgent);
        j.State.Triage.DueBy.ShouldBe(at.AddHours(2));
        j.State.OverdueSince.ShouldBeNull();
    }

    [Fact]
    public void Given_Awaiting_When_RetriagedEmergency_Then_RedirectedToEmergency()
    {
        var j = JourneyScenario.InStage(JourneyStage.AwaitingPrimaryCare);

        var evt = j.Triage(TriageLevel.Emergency);

        j.State.Stage.ShouldBe(JourneyStage.RedirectedToEmergency);
        evt.PreviousStage.ShouldBe(JourneyStage.AwaitingPrimaryCare);
    }

    [Fact]
    public void Given_RedirectedToEmergency_When_TheRegulatorReturnsIt_Then_AwaitingUrgentDueInTwoHours()
    {
        var j = JourneyScenario.InStage(JourneyStage.RedirectedToEmergency);
        var at = j.Now;

        var evt = j.ReturnToPrimaryCare();

        j.State.Stage.ShouldBe(JourneyStage.AwaitingPrimaryCare);
        evt.Type.ShouldBe(JourneyEventType.ReturnedToPrimaryCare);
        evt.Detail.ShouldBe(nameof(TriageLevel.Urgent));
        j.State.Triage!.Level.ShouldBe(TriageLevel.Urgent);
        j.State.Triage.DueBy.ShouldBe(at.AddHours(2));
        j.State.Triage.TriagedBy.ShouldBe(JourneyScenario.RegulatorActor.Id);
        j.State.Triage.Reasons.ShouldContain(r => r.StartsWith("REGULATOR:", StringComparison.Ordinal));
        j.State.FindStep(j.State.RootStepId)!.Notes.ShouldContain(n => n.AuthorId == JourneyScenario.RegulatorActor.Id);
    }

    [Theory]
    [InlineData(TriageLevel.Emergency, Priority.Stat)]
    [InlineData(TriageLevel.Urgent, Priority.Asap)]
    [InlineData(TriageLevel.SemiUrgent, Priority.Urgent)]
    [InlineData(TriageLevel.NonUrgent, Priority.Routine)]
    public void Given_TriagedJourney_When_TakenInCharge_Then_ThePrimaryCareStepCarriesPriorityAndDueBy(TriageLevel level, Priority priority)
    {
        var j = JourneyScenario.InStage(JourneyStage.Triage);
        j.Triage(level);
        if (level == TriageLevel.Emergency) j.ReturnToPrimaryCare();
        // The regulator's return makes an emergency Urgent; the others keep their level.
        var expected = level == TriageLevel.Emergency ? Priority.Asap : priority;

        j.TakeCharge();

        var primary = j.State.Steps.Single(s => s.Kind == StepKind.PrimaryCare);
        primary.Priority.ShouldBe(expected);
        primary.DueBy.ShouldBe(j.State.Triage!.DueBy);
        primary.ParentId.ShouldBe(j.State.RootStepId);
        j.State.PrimaryPractitionerId.ShouldBe(JourneyScenario.Gp.Id);
    }
}
