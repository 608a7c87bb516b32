using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

[Trait("Category", "Unit")]
public sealed class TimelineTests
{
    [Fact]
    public void Given_AFullJourneyWithRefusalsInBetween_When_Replayed_Then_OneEventPerAcceptedCommandVersionedOneToN()
    {
        var j = new JourneyScenario();
        var accepted = new List<JourneyEvent>();
        var refused = 0;
        void Accept(Func<JourneyEvent> command) => accepted.Add(command());
        void Refuse(Action command)
        {
            Should.Throw<DomainException>(command);
            refused++;
        }

        Accept(() => j.Start());
        Refuse(() => j.TakeCharge());
        Accept(() => j.Triage(TriageLevel.SemiUrgent));
        Refuse(() => j.Triage(TriageLevel.Urgent, JourneyScenario.PatientActor));
        Accept(() => j.TakeCharge());
        Guid referral = default;
        Accept(() => { referral = j.AddStep(); return j.State.Events[^1]; });
        Refuse(() => j.Act(referral, StepAction.Complete));
        Accept(() => j.Act(referral, StepAction.Accept));
        Accept(() => j.Act(referral, StepAction.Schedule));
        Refuse(() => j.Close());
        Accept(() => j.Act(referral, StepAction.Start));
        Accept(() => j.Act(referral, StepAction.Complete));
        Accept(() => j.Close());
        Refuse(() => j.Cancel());

        refused.ShouldBe(5);
        j.State.Version.ShouldBe(accepted.Count);
        j.State.Events.ShouldBe(accepted);
        j.State.Events.Select(e => e.Version).ShouldBe(Enumerable.Range(1, accepted.Count));
        j.State.Events.Select(e => e.Type).ShouldBe(
        [
            JourneyEventType.JourneyStarted, JourneyEventType.TriageSubmitted, JourneyEventType.TakenInCharge,
            JourneyEventType.StepAdded, JourneyEventType.StepStatusChanged, JourneyEventType.StepStatusChanged,
            JourneyEventType.StepStatusChanged, JourneyEventType.StepStatusChanged, JourneyEventType.JourneyClosed,
        ]);
        j.State.Events.Select(e => e.Stage).ShouldBe(
        [
            JourneyStage.Triage, JourneyStage.AwaitingPrimaryCare, JourneyStage.PrimaryCare, JourneyStage.PrimaryCare,
            JourneyStage.SpecialistCare, JourneyStage.SpecialistCare, JourneyStage.SpecialistCare, JourneyStage.FollowUp,
            JourneyStage.Closed,
        ]);
        j.State.Events.ShouldAllBe(e => e.JourneyId == JourneyScenario.JourneyId);
        j.State.Events.Select(e => e.At).ShouldBeInOrder(SortDirection.Ascending);
        j.State.UpdatedAt.ShouldBe(j.State.Events[^1].At);
    }

    [Fact]
    public void Given_Commands_When_EachIsAccepted_Then_TheEventCarriesTheActorTheClockAndTheStepStatuses()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var referral = j.AddStep();
        var at = j.Now;
        var specialist = JourneyScenario.PerformerActor(JourneyScenario.Cardiologist);

        var evt = j.Act(referral, StepAction.Accept, specialist);

        evt.At.ShouldBe(at);
        evt.ActorId.ShouldBe(specialist.Id);
        evt.StepId.ShouldBe(referral);
        evt.PreviousStepStatus.ShouldBe(StepStatus.Requested);
        evt.StepStatus.ShouldBe(StepStatus.Accepted);
        evt.PreviousStage.ShouldBe(JourneyStage.PrimaryCare);
        evt.Stage.ShouldBe(JourneyStage.SpecialistCare);
    }

    [Fact]
    public void Given_NewState_When_ACommandOtherThanStartIsRun_Then_NotFoundAndNoEvent()
    {
        var j = new JourneyScenario();

        Should.Throw<NotFoundException>(() => j.Triage(TriageLevel.Urgent)).Entity.ShouldBe("Journey");
        Should.Throw<NotFoundException>(() => j.Cancel());

        j.State.Version.ShouldBe(0);
        j.State.Events.ShouldBeEmpty();
        new JourneyWorkflow(j.State, j.Now).PermittedTriggers.ShouldBeEmpty();
    }
}
