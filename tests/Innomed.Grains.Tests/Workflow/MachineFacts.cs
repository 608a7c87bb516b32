using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

/// <summary>What the Stateless machines permit, read from the machines themselves so the tests follow them.</summary>
internal static class MachineFacts
{
    public static IReadOnlyList<JourneyTrigger> Permitted(JourneyStage stage) =>
        Enum.GetValues<JourneyTrigger>().Where(JourneyStageMachine.Create(() => stage, _ => { }).CanFire).ToArray();

    /// <summary>The stage the machine lands in when <paramref name="trigger"/> fires in <paramref name="stage"/>; null when refused.</summary>
    public static JourneyStage? Destination(JourneyStage stage, JourneyTrigger trigger)
    {
        var current = stage;
        var machine = JourneyStageMachine.Create(() => current, s => current = s);
        if (!machine.CanFire(trigger)) return null;
        machine.Fire(trigger);
        return current;
    }

    public static StepStatus? Destination(StepStatus status, StepAction action)
    {
        var current = status;
        var machine = StepLifecycle.Create(() => current, s => current = s);
        if (!machine.CanFire(action)) return null;
        machine.Fire(action);
        return current;
    }
}
