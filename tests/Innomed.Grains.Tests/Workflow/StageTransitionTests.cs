using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

[Trait("Category", "Unit")]
public sealed class StageTransitionTests
{
    public static TheoryData<JourneyStage, JourneyTrigger, JourneyStage> PermittedTransitions()
    {
        var data = new TheoryData<JourneyStage, JourneyTrigger, JourneyStage>();
        foreach (var stage in Enum.GetValues<JourneyStage>())
        foreach (var trigger in Enum.GetValues<JourneyTrigger>())
        {
            if (MachineFacts.Destination(stage, trigger) is { } to) data.Add(stage, trigger, to);
        }
        return data;
    }

    public static TheoryData<JourneyStage, StageCommand> ForbiddenCommands()
    {
        var data = new TheoryData<JourneyStage, StageCommand>();
        foreach (var stage in Enum.GetValues<JourneyStage>())
        foreach (var command in Enum.GetValues<StageCommand>())
        {
            if (MachineFacts.Destination(stage, command.Trigger()) is null) data.Add(stage, command);
        }
        return data;
    }

    [Fact]
    public void Given_TheMachine_When_Enumerated_Then_EveryTriggerIsPermittedSomewhereAndEndStagesPermitNothing()
    {
        var permittedSomewhere = Enum.GetValues<JourneyStage>().SelectMany(MachineFacts.Permitted).ToHashSet();
        permittedSomewhere.ShouldBe(Enum.GetValues<JourneyTrigger>(), ignoreOrder: true);
        MachineFacts.Permitted(JourneyStage.Closed).ShouldBeEmpty();
        MachineFacts.Permitted(JourneyStage.Cancelled).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(PermittedTransitions))]
    public void Given_Stage_When_PermittedTriggerIsFiredThroughCommands_Then_JourneyLandsInMachineDestination(
        JourneyStage from, JourneyTrigger trigger, JourneyStage expected)
    {
        var j = JourneyScenario.InStage(from);
        var versionBefore = j.State.Version;

        var evt = Fire(j, trigger);

        j.State.Stage.ShouldBe(expected);
        evt.Stage.ShouldBe(expected);
        evt.PreviousStage.ShouldBe(expected == from ? null : from);
        j.State.Version.ShouldBeGreaterThan(versionBefore);
        j.State.Events.Count.ShouldBe(j.State.Version);
    }

    [Theory]
    [MemberData(nameof(ForbiddenCommands))]
    public void Given_Stage_When_CommandTheMachineForbidsIsRun_Then_InvalidTransitionAndNothingChanges(
        JourneyStage stage, StageCommand command)
    {
        var j = JourneyScenario.InStage(stage);
        if (command == StageCommand.UpdateStep && j.ReferralId == Guid.Empty) j.PlantRequestedReferral();
        var before = j.Serialized();

        var ex = Should.Throw<InvalidTransitionException>(() => j.Run(command));

        ex.CurrentState.ShouldBe(stage.ToString());
        ex.Permitted.ShouldBe(MachineFacts.Permitted(stage).Select(t => t.ToString()), ignoreOrder: true);
        ex.Code.ShouldBe("INVALID_TRANSITION");
        j.Serialized().ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(AllStages))]
    public void Given_StartedJourney_When_StartedAgain_Then_InvalidTransitionNamingTheStage(JourneyStage stage)
    {
        var j = JourneyScenario.InStage(stage);
        var before = j.Serialized();

        var ex = Should.Throw<InvalidTransitionException>(() => j.Start());

        ex.CurrentState.ShouldBe(stage.ToString());
        ex.Permitted.ShouldBe(MachineFacts.Permitted(stage).Select(t => t.ToString()), ignoreOrder: true);
        j.Serialized().ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(AllStages))]
    public void Given_Stage_When_Projected_Then_PermittedTriggersAreTheMachines(JourneyStage stage)
    {
        var j = JourneyScenario.InStage(stage);
        JourneyProjection.ToSnapshot(j.State).PermittedTriggers.ShouldBe(MachineFacts.Permitted(stage), ignoreOrder: true);
    }

    public static TheoryData<JourneyStage> AllStages() => new(Enum.GetValues<JourneyStage>());

    /// <summary>The command, or short sequence of commands, that makes the workflow fire <paramref name="trigger"/>.</summary>
    private static JourneyEvent Fire(JourneyScenario j, JourneyTrigger trigger)
    {
        switch (trigger)
        {
            case JourneyTrigger.SubmitTriage: return j.Run(StageCommand.SubmitTriage);
            case JourneyTrigger.EscalateToEmergency: return j.Run(StageCommand.SubmitEmergencyTriage);
            case JourneyTrigger.ReturnToPrimaryCare: return j.Run(StageCommand.ReturnToPrimaryCare);
            case JourneyTrigger.TakeCharge: return j.Run(StageCommand.TakeCharge);
            case JourneyTrigger.Refer: return j.Run(StageCommand.AddStep);
            case JourneyTrigger.Close: return j.Run(StageCommand.Close);
            case JourneyTrigger.Cancel: return j.Run(StageCommand.Cancel);
            case JourneyTrigger.UpdateStep:
                // A lab order: a step update that moves no stage.
                return j.Act(j.AddStep(JourneyScenario.Lab, StepKind.LabOrder), StepAction.Accept);
            case JourneyTrigger.AcceptReferral:
                return j.Act(j.AddStep(), StepAction.Accept);
            case JourneyTrigger.ReferralsReported:
                j.Act(j.ReferralId, StepAction.Start);
                return j.Act(j.ReferralId, StepAction.Complete);
            case JourneyTrigger.ReferralsWithdrawn:
                return j.Act(j.ReferralId, StepAction.Fail);
            default:
                throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null);
        }
    }
}
