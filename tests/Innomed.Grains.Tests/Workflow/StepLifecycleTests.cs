using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

[Trait("Category", "Unit")]
public sealed class StepLifecycleTests
{
    /// <summary>Both a stage-moving kind (referral) and a stage-neutral one (lab order) follow the same lifecycle.</summary>
    private static readonly StepKind[] Kinds = [StepKind.Referral, StepKind.LabOrder];

    public static TheoryData<StepKind, StepStatus, StepAction> AllPairs()
    {
        var data = new TheoryData<StepKind, StepStatus, StepAction>();
        foreach (var kind in Kinds)
        foreach (var status in Enum.GetValues<StepStatus>())
        foreach (var action in Enum.GetValues<StepAction>())
            data.Add(kind, status, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Given_StepInStatus_When_ActionApplied_Then_MachineDestinationOrInvalidTransition(
        StepKind kind, StepStatus status, StepAction action)
    {
        var (j, stepId) = StepIn(kind, status);
        var before = j.Serialized();
        var versionBefore = j.State.Version;

        if (MachineFacts.Destination(status, action) is { } expected)
        {
            var evt = j.Act(stepId, action);

            var step = j.State.FindStep(stepId)!;
            step.Status.ShouldBe(expected);
            evt.Type.ShouldBe(JourneyEventType.StepStatusChanged);
            evt.StepId.ShouldBe(stepId);
            evt.StepStatus.ShouldBe(expected);
            evt.PreviousStepStatus.ShouldBe(status);
            evt.Detail.ShouldBe(action.ToString());
            (step.CompletedAt is not null).ShouldBe(step.IsFinal);
            j.State.Version.ShouldBe(versionBefore + 1);
        }
        else
        {
            var ex = Should.Throw<InvalidTransitionException>(() => j.Act(stepId, action));

            ex.CurrentState.ShouldBe(status.ToString());
            ex.Permitted.ShouldBe(StepLifecycle.PermittedActions(status).Select(a => a.ToString()), ignoreOrder: true);
            j.Serialized().ShouldBe(before, "a refused step action must change nothing");
        }
    }

    [Fact]
    public void Given_TheLifecycle_When_Enumerated_Then_FinalStatusesPermitNothingAndOthersMayBeCancelled()
    {
        foreach (var status in Enum.GetValues<StepStatus>())
        {
            var permitted = StepLifecycle.PermittedActions(status);
            if (status is StepStatus.Completed or StepStatus.Rejected or StepStatus.Failed or StepStatus.Cancelled)
                permitted.ShouldBeEmpty();
            else
                permitted.ShouldContain(StepAction.Cancel);
        }
    }

    [Theory]
    [InlineData(StepStatus.Requested, StepAction.Reject, null)]
    [InlineData(StepStatus.Requested, StepAction.Reject, "   ")]
    [InlineData(StepStatus.Accepted, StepAction.Fail, null)]
    [InlineData(StepStatus.Accepted, StepAction.Fail, "")]
    [InlineData(StepStatus.Requested, StepAction.Cancel, null)]
    [InlineData(StepStatus.InProgress, StepAction.Cancel, " ")]
    public void Given_Step_When_RejectFailOrCancelWithoutReason_Then_InvalidInputOnReason(StepStatus status, StepAction action, string? reason)
    {
        var (j, stepId) = StepIn(StepKind.Referral, status);
        var update = j.UpdateFor(stepId, action) with { Reason = reason };

        AssertInvalidInput(j, update, j.ActorFor(stepId, action), "reason");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Given_StepInProgress_When_CompletedWithoutReport_Then_InvalidInputOnReport(string? report)
    {
        var (j, stepId) = StepIn(StepKind.Referral, StepStatus.InProgress);
        var update = j.UpdateFor(stepId, StepAction.Complete) with { Report = report };

        AssertInvalidInput(j, update, j.ActorFor(stepId, StepAction.Complete), "report");
    }

    [Fact]
    public void Given_AcceptedStep_When_ScheduledWithoutSlot_Then_InvalidInputOnSlot()
    {
        var (j, stepId) = StepIn(StepKind.Referral, StepStatus.Accepted);
        var update = j.UpdateFor(stepId, StepAction.Schedule) with { Slot = null };

        AssertInvalidInput(j, update, j.ActorFor(stepId, StepAction.Schedule), "slot");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void Given_AcceptedStep_When_ScheduledWithSlotEndingAtOrBeforeStart_Then_InvalidInputOnSlot(int minutes)
    {
        var (j, stepId) = StepIn(StepKind.Referral, StepStatus.Accepted);
        var start = j.Now.AddDays(2);
        var update = j.UpdateFor(stepId, StepAction.Schedule) with { Slot = new Slot(start, start.AddMinutes(minutes)) };

        AssertInvalidInput(j, update, j.ActorFor(stepId, StepAction.Schedule), "slot");
    }

    [Fact]
    public void Given_ScheduledStep_When_Rescheduled_Then_StaysScheduledWithTheNewSlot()
    {
        var (j, stepId) = StepIn(StepKind.Referral, StepStatus.Scheduled);
        var slot = new Slot(j.Now.AddDays(9), j.Now.AddDays(9).AddHours(1));

        j.Do(w => w.UpdateStep(new StepUpdate { StepId = stepId, Action = StepAction.Schedule, Slot = slot },
            JourneyScenario.PerformerActor(JourneyScenario.Cardiologist)));

        j.State.FindStep(stepId)!.Status.ShouldBe(StepStatus.Scheduled);
        j.State.FindStep(stepId)!.Slot.ShouldBe(slot);
    }

    [Theory]
    [InlineData(StepKind.Triage)]
    [InlineData(StepKind.PrimaryCare)]
    [InlineData(StepKind.FollowUp)]
    public void Given_StepTheJourneyManages_When_UpdatedDirectly_Then_InvalidTransitionWithNothingPermitted(StepKind kind)
    {
        var j = JourneyScenario.InStage(JourneyStage.FollowUp);
        var step = j.State.Steps.First(s => s.Kind == kind);
        var before = j.Serialized();

        var ex = Should.Throw<InvalidTransitionException>(() => j.Act(step.Id, StepAction.Complete, Actor.System));

        ex.CurrentState.ShouldBe(step.Status.ToString());
        ex.Permitted.ShouldBeEmpty();
        j.Serialized().ShouldBe(before);
    }

    [Fact]
    public void Given_Journey_When_UnknownStepUpdated_Then_NotFound()
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var before = j.Serialized();
        var unknown = Guid.NewGuid();

        var ex = Should.Throw<NotFoundException>(() =>
            j.Do(w => w.UpdateStep(new StepUpdate { StepId = unknown, Action = StepAction.Accept }, Actor.System)));

        ex.Entity.ShouldBe("Step");
        ex.EntityId.ShouldBe(unknown.ToString());
        j.Serialized().ShouldBe(before);
    }

    /// <summary>A journey holding one step of <paramref name="kind"/> in <paramref name="status"/>, reached through commands.</summary>
    internal static (JourneyScenario Journey, Guid StepId) StepIn(StepKind kind, StepStatus status)
    {
        var j = JourneyScenario.InStage(JourneyStage.PrimaryCare);
        var id = kind == StepKind.LabOrder ? j.AddStep(JourneyScenario.Lab, StepKind.LabOrder) : j.AddStep(kind: kind);
        StepAction[] path = status switch
        {
            StepStatus.Requested => [],
            StepStatus.Accepted => [StepAction.Accept],
            StepStatus.Rejected => [StepAction.Reject],
            StepStatus.Scheduled => [StepAction.Accept, StepAction.Schedule],
            StepStatus.InProgress => [StepAction.Accept, StepAction.Start],
            StepStatus.OnHold => [StepAction.Accept, StepAction.Start, StepAction.Hold],
            StepStatus.Completed => [StepAction.Accept, StepAction.Start, StepAction.Complete],
            StepStatus.Failed => [StepAction.Accept, StepAction.Fail],
            StepStatus.Cancelled => [StepAction.Cancel],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        foreach (var action in path) j.Act(id, action);
        j.State.FindStep(id)!.Status.ShouldBe(status);
        return (j, id);
    }

    private static void AssertInvalidInput(JourneyScenario j, StepUpdate update, Actor actor, string field)
    {
        var before = j.Serialized();

        var ex = Should.Throw<InvalidInputException>(() => j.Do(w => w.UpdateStep(update, actor)));

        ex.Field.ShouldBe(field);
        ex.Code.ShouldBe("BAD_USER_INPUT");
        j.Serialized().ShouldBe(before);
    }
}
