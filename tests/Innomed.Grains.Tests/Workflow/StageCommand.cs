using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

/// <summary>The workflow commands that fire a stage trigger directly (the others are effects of step updates).</summary>
public enum StageCommand
{
    SubmitTriage,
    SubmitEmergencyTriage,
    ReturnToPrimaryCare,
    TakeCharge,
    AddStep,
    UpdateStep,
    Close,
    Cancel,
}

internal static class StageCommands
{
    public static JourneyTrigger Trigger(this StageCommand command) => command switch
    {
        StageCommand.SubmitTriage => JourneyTrigger.SubmitTriage,
        StageCommand.SubmitEmergencyTriage => JourneyTrigger.EscalateToEmergency,
        StageCommand.ReturnToPrimaryCare => JourneyTrigger.ReturnToPrimaryCare,
        StageCommand.TakeCharge => JourneyTrigger.TakeCharge,
        StageCommand.AddStep => JourneyTrigger.Refer,
        StageCommand.UpdateStep => JourneyTrigger.UpdateStep,
        StageCommand.Close => JourneyTrigger.Close,
        StageCommand.Cancel => JourneyTrigger.Cancel,
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
    };

    /// <summary>Runs the command with an actor and input that would be accepted if the stage allowed it.</summary>
    public static JourneyEvent Run(this JourneyScenario j, StageCommand command)
    {
        switch (command)
        {
            case StageCommand.SubmitTriage: return j.Triage(TriageLevel.NonUrgent);
            case StageCommand.SubmitEmergencyTriage: return j.Triage(TriageLevel.Emergency);
            case StageCommand.ReturnToPrimaryCare: return j.ReturnToPrimaryCare();
            case StageCommand.TakeCharge: return j.TakeCharge();
            case StageCommand.AddStep:
                j.AddStep();
                return j.State.Events[^1];
            case StageCommand.UpdateStep:
                var target = j.State.Steps.LastOrDefault(s => s.Kind == StepKind.Referral)?.Id ?? j.PlantRequestedReferral();
                return j.Act(target, StepAction.Accept);
            case StageCommand.Close: return j.Close();
            case StageCommand.Cancel: return j.Cancel();
            default: throw new ArgumentOutOfRangeException(nameof(command), command, null);
        }
    }
}
