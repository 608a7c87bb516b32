using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

[Trait("Category", "Unit")]
public sealed class StageEffectTests
{
    [Fact]
    public void Given_PrimaryCare_When_AReferralIsAccepted_Then_SpecialistCare()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var referral = j.AddStep();
        j.State.Stage.ShouldBe(JourneyStage.PrimaryCare, "a requested referral does not move the stage");

        var evt = j.Act(referral, StepAction.Accept);

        j.State.Stage.ShouldBe(JourneyStage.SpecialistCare);
        evt.PreviousStage.ShouldBe(JourneyStage.PrimaryCare);
    }

    [Fact]
    public void Given_TwoAcceptedReferrals_When_EachIsCompleted_Then_FollowUpOnlyAfterTheLastWithOneFollowUpStep()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var first = j.AddStep();
        var second = j.AddStep(Performer.Practitioner("spec-neuro"));
        j.Act(first, StepAction.Accept);
        j.Act(second, StepAction.Accept);
        j.Act(first, StepAction.Start);
        j.Act(first, StepAction.Complete);
        j.State.Stage.ShouldBe(JourneyStage.SpecialistCare, "one accepted referral is still open");

        j.Act(second, StepAction.Start);
        j.Act(second, StepAction.Complete);

        j.State.Stage.ShouldBe(JourneyStage.FollowUp);
        var followUp = j.State.Steps.Single(s => s.Kind == StepKind.FollowUp);
        followUp.Status.ShouldBe(StepStatus.InProgress);
        followUp.ParentId.ShouldBe(j.State.Steps.Single(s => s.Kind == StepKind.PrimaryCare).Id);
        followUp.Performer.ShouldBe(Performer.Practitioner(JourneyScenario.Gp.Id));
    }

    [Fact]
    public void Given_AcceptedReferrals_When_AllFailOrAreCancelledWithNoneCompleted_Then_BackToPrimaryCareWithoutFollowUp()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var first = j.AddStep();
        var second = j.AddStep(Performer.Practitioner("spec-neuro"));
        j.Act(first, StepAction.Accept);
        j.Act(second, StepAction.Accept);

        j.Act(first, StepAction.Fail);
        j.State.Stage.ShouldBe(JourneyStage.SpecialistCare);
        var evt = j.Act(second, StepAction.Cancel);

        j.State.Stage.ShouldBe(JourneyStage.PrimaryCare);
        evt.PreviousStage.ShouldBe(JourneyStage.SpecialistCare);
        j.State.Steps.ShouldNotContain(s => s.Kind == StepKind.FollowUp);
    }

    [Fact]
    public void Given_FollowUp_When_ANewReferralIsAcceptedAndCompleted_Then_SpecialistCareThenFollowUpWithTheSameFollowUpStep()
    {
        var j = JourneyScenario.InStage(JourneyStage.FollowUp);
        var followUp = j.State.Steps.Single(s => s.Kind == StepKind.FollowUp).Id;
        var referral = j.AddStep(Performer.Practitioner("spec-neuro"));

        j.Act(referral, StepAction.Accept);
        j.State.Stage.ShouldBe(JourneyStage.SpecialistCare);
        j.Act(referral, StepAction.Start);
        j.Act(referral, StepAction.Complete);

        j.State.Stage.ShouldBe(JourneyStage.FollowUp);
        j.State.Steps.Where(s => s.Kind == StepKind.FollowUp).Select(s => s.Id).ShouldBe([followUp]);
    }

    [Theory]
    [InlineData(StepKind.LabOrder)]
    [InlineData(StepKind.ImagingOrder)]
    [InlineData(StepKind.TeleExpertise)]
    public void Given_PrimaryCare_When_ANonReferralStepRunsItsWholeLifecycle_Then_TheStageNeverMoves(StepKind kind)
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var step = j.AddStep(JourneyScenario.Lab, kind);

        foreach (var action in new[] { StepAction.Accept, StepAction.Schedule, StepAction.Start, StepAction.Complete })
        {
            j.Act(step, action).PreviousStage.ShouldBeNull();
            j.State.Stage.ShouldBe(JourneyStage.PrimaryCare);
        }
    }

    [Fact]
    public void Given_PrimaryCareWithAnOpenLabOrder_When_Closed_Then_InvalidTransitionAndNothingChanges()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        j.AddStep(JourneyScenario.Lab, StepKind.LabOrder);
        var before = j.Serialized();

        var ex = Should.Throw<InvalidTransitionException>(() => j.Close());

        ex.CurrentState.ShouldBe(nameof(JourneyStage.PrimaryCare));
        j.Serialized().ShouldBe(before);
    }

    [Fact]
    public void Given_FollowUp_When_Closed_Then_PrimaryCareAndFollowUpStepsAreCompletedWithTheOutcome()
    {
        var j = JourneyScenario.InStage(JourneyStage.FollowUp);

        var evt = j.Close();

        j.State.Stage.ShouldBe(JourneyStage.Closed);
        evt.Type.ShouldBe(JourneyEventType.JourneyClosed);
        j.State.Outcome.ShouldBe("resolved");
        j.State.EndedAt.ShouldBe(evt.At);
        foreach (var kind in new[] { StepKind.PrimaryCare, StepKind.FollowUp })
        {
            var step = j.State.Steps.Single(s => s.Kind == kind);
            step.Status.ShouldBe(StepStatus.Completed);
            step.Report.ShouldBe("resolved");
            step.CompletedAt.ShouldBe(evt.At);
        }
        j.State.Steps.ShouldAllBe(s => s.IsFinal);
    }

    [Fact]
    public void Given_SpecialistCareWithOpenSteps_When_Cancelled_Then_EveryOpenStepIsCancelledAndFinishedOnesKeepTheirStatus()
    {
        var j = JourneyScenario.InStage(JourneyStage.SpecialistCare);
        var done = j.AddStep(JourneyScenario.Lab, StepKind.LabOrder);
        j.Act(done, StepAction.Accept);
        j.Act(done, StepAction.Start);
        j.Act(done, StepAction.Complete);
        var requested = j.AddStep(Performer.Practitioner("spec-neuro"));
        var open = j.State.Steps.Where(s => !s.IsFinal).Select(s => s.Id).ToArray();

        var evt = j.Cancel();

        j.State.Stage.ShouldBe(JourneyStage.Cancelled);
        j.State.CancellationReason.ShouldBe("patient withdrew");
        open.ShouldContain(requested);
        open.ShouldContain(j.ReferralId);
        foreach (var id in open)
        {
            var step = j.State.FindStep(id)!;
            step.Status.ShouldBe(StepStatus.Cancelled);
            step.StatusReason.ShouldBe("patient withdrew");
            step.CompletedAt.ShouldBe(evt.At);
        }
        j.State.FindStep(done)!.Status.ShouldBe(StepStatus.Completed);
        j.State.FindStep(j.State.RootStepId)!.Status.ShouldBe(StepStatus.Completed);
    }

    [Fact]
    public void Given_RedirectedToEmergency_When_TheRegulatorCloses_Then_Closed()
    {
        var j = JourneyScenario.InStage(JourneyStage.RedirectedToEmergency);

        j.Close(JourneyScenario.RegulatorActor);

        j.State.Stage.ShouldBe(JourneyStage.Closed);
    }
}
