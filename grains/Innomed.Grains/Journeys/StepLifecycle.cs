using System.Collections.Frozen;
using Innomed.Grains.Journeys;
using Stateless;
using Stateless.Graph;

namespace Innomed.Grains.Journeys;

/// <summary>
/// A step's lifecycle, modelled on FHIR Task. Refinements, and why:
/// - SCHEDULE is permitted from REQUESTED: booking a slot the performer published in their
///   calendar is their acceptance given in advance (a GP takes a specialist's urgent slot).
/// - UNSCHEDULE cancels the appointment only; the request stays ACCEPTED, to book again.
/// - START is permitted from ACCEPTED: tele-expertise and urgent admissions have no slot to book.
/// - SCHEDULE re-enters SCHEDULED: rescheduling is the common case, not an error.
/// - FAIL is permitted once a step was accepted; a request nobody accepted is rejected, not failed.
/// </summary>
public static class StepLifecycle
{
    public static StateMachine<StepStatus, StepAction> Create(Func<StepStatus> read, Action<StepStatus> write)
    {
        var machine = new StateMachine<StepStatus, StepAction>(read, write) { RetainSynchronizationContext = true };

        machine.Configure(StepStatus.Requested)
            .Permit(StepAction.Accept, StepStatus.Accepted)
            .Permit(StepAction.Schedule, StepStatus.Scheduled)
            .Permit(StepAction.Reject, StepStatus.Rejected)
            .Permit(StepAction.Cancel, StepStatus.Cancelled);

        machine.Configure(StepStatus.Accepted)
            .Permit(StepAction.Schedule, StepStatus.Scheduled)
            .Permit(StepAction.Start, StepStatus.InProgress)
            .Permit(StepAction.Fail, StepStatus.Failed)
            .Permit(StepAction.Cancel, StepStatus.Cancelled);

        machine.Configure(StepStatus.Scheduled)
            .PermitReentry(StepAction.Schedule)
            .Permit(StepAction.Unschedule, StepStatus.Accepted)
            .Permit(StepAction.Start, StepStatus.InProgress)
            .Permit(StepAction.Fail, StepStatus.Failed)
            .Permit(StepAction.Cancel, StepStatus.Cancelled);

        machine.Configure(StepStatus.InProgress)
            .Permit(StepAction.Hold, StepStatus.OnHold)
            .Permit(StepAction.Complete, StepStatus.Completed)
            .Permit(StepAction.Fail, StepStatus.Failed)
            .Permit(StepAction.Cancel, StepStatus.Cancelled);

        machine.Configure(StepStatus.OnHold)
            .Permit(StepAction.Resume, StepStatus.InProgress)
            .Permit(StepAction.Fail, StepStatus.Failed)
            .Permit(StepAction.Cancel, StepStatus.Cancelled);

        machine.Configure(StepStatus.Completed);
        machine.Configure(StepStatus.Rejected);
        machine.Configure(StepStatus.Failed);
        machine.Configure(StepStatus.Cancelled);
        return machine;
    }

    /// <summary>What each status permits, read once from the machine (no guards: a function of the status alone).</summary>
    private static readonly FrozenDictionary<StepStatus, StepAction[]> PermittedByStatus =
        Enum.GetValues<StepStatus>().ToFrozenDictionary(status => status,
            status => Enum.GetValues<StepAction>().Where(Create(() => status, _ => { }).CanFire).ToArray());

    public static IReadOnlyList<StepAction> PermittedActions(StepStatus status) => PermittedByStatus[status];

    public static bool CanFire(StepStatus status, StepAction action) => PermittedByStatus[status].Contains(action);

    public static string ToMermaid()
    {
        var status = StepStatus.Requested;
        return MermaidGraph.Format(Create(() => status, s => status = s).GetInfo());
    }
}
