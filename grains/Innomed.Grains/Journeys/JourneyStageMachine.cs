using System.Collections.Frozen;
using Innomed.Grains.Journeys;
using Stateless;
using Stateless.Graph;

namespace Innomed.Grains.Journeys;

/// <summary>
/// The journey's stage machine (Stateless). The stage lives in <see cref="JourneyState"/>; the
/// machine only reads and writes it, so grain state stays the single source of truth.
/// Refinements of the specification, and why:
/// - A journey awaiting a GP may be triaged again (symptoms change while waiting): SubmitTriage
///   re-enters AwaitingPrimaryCare with a new due-by, and EscalateToEmergency hands it to the SAMU.
/// - When every accepted referral ends without a report (failed, cancelled), the journey returns
///   to PrimaryCare (ReferralsWithdrawn) rather than pretending there is something to follow up.
/// - Refer and UpdateStep re-enter the stage they are in: they are legal only in the stages where the
///   GP or a specialist is working, which the machine states once for both the guard and the docs.
///   (Re-entry, not internal transitions: no stage has entry or exit actions, and Stateless labels
///   internal transitions "[Function]" in the exported diagram.)
/// </summary>
public static class JourneyStageMachine
{
    public static StateMachine<JourneyStage, JourneyTrigger> Create(Func<JourneyStage> read, Action<JourneyStage> write)
    {
        var machine = new StateMachine<JourneyStage, JourneyTrigger>(read, write)
        {
            RetainSynchronizationContext = true,
        };

        machine.Configure(JourneyStage.Triage)
            .Permit(JourneyTrigger.SubmitTriage, JourneyStage.AwaitingPrimaryCare)
            .Permit(JourneyTrigger.EscalateToEmergency, JourneyStage.RedirectedToEmergency)
            .Permit(JourneyTrigger.Cancel, JourneyStage.Cancelled);

        machine.Configure(JourneyStage.AwaitingPrimaryCare)
            .PermitReentry(JourneyTrigger.SubmitTriage)
            .Permit(JourneyTrigger.EscalateToEmergency, JourneyStage.RedirectedToEmergency)
            .Permit(JourneyTrigger.TakeCharge, JourneyStage.PrimaryCare)
            .Permit(JourneyTrigger.Cancel, JourneyStage.Cancelled);

        machine.Configure(JourneyStage.RedirectedToEmergency)
            .Permit(JourneyTrigger.ReturnToPrimaryCare, JourneyStage.AwaitingPrimaryCare)
            .Permit(JourneyTrigger.Close, JourneyStage.Closed)
            .Permit(JourneyTrigger.Cancel, JourneyStage.Cancelled);

        machine.Configure(JourneyStage.PrimaryCare)
            .PermitReentry(JourneyTrigger.Refer)
            .PermitReentry(JourneyTrigger.UpdateStep)
            .Permit(JourneyTrigger.AcceptReferral, JourneyStage.SpecialistCare)
            .Permit(JourneyTrigger.Close, JourneyStage.Closed)
            .Permit(JourneyTrigger.Cancel, JourneyStage.Cancelled);

        machine.Configure(JourneyStage.SpecialistCare)
            .PermitReentry(JourneyTrigger.Refer)
            .PermitReentry(JourneyTrigger.UpdateStep)
            .PermitReentry(JourneyTrigger.AcceptReferral)
            .Permit(JourneyTrigger.ReferralsReported, JourneyStage.FollowUp)
            .Permit(JourneyTrigger.ReferralsWithdrawn, JourneyStage.PrimaryCare)
            .Permit(JourneyTrigger.Cancel, JourneyStage.Cancelled);

        machine.Configure(JourneyStage.FollowUp)
            .PermitReentry(JourneyTrigger.Refer)
            .PermitReentry(JourneyTrigger.UpdateStep)
            .Permit(JourneyTrigger.AcceptReferral, JourneyStage.SpecialistCare)
            .Permit(JourneyTrigger.Close, JourneyStage.Closed)
            .Permit(JourneyTrigger.Cancel, JourneyStage.Cancelled);

        machine.Configure(JourneyStage.Closed);
        machine.Configure(JourneyStage.Cancelled);
        return machine;
    }

    /// <summary>
    /// What each stage permits, read once from the machine: no transition has a guard, so this is a
    /// function of the stage alone, and the journey's snapshot (built on every change) asks for it
    /// without building a machine each time.
    /// </summary>
    private static readonly FrozenDictionary<JourneyStage, JourneyTrigger[]> PermittedByStage =
        Enum.GetValues<JourneyStage>().ToFrozenDictionary(stage => stage,
            stage => Enum.GetValues<JourneyTrigger>().Where(Create(() => stage, _ => { }).CanFire).ToArray());

    public static IReadOnlyList<JourneyTrigger> Permitted(JourneyStage stage) => PermittedByStage[stage];

    public static bool CanFire(JourneyStage stage, JourneyTrigger trigger) => PermittedByStage[stage].Contains(trigger);

    /// <summary>The diagram exported into docs/ (a test fails when the file is stale).</summary>
    public static string ToMermaid()
    {
        var stage = JourneyStage.Triage;
        return MermaidGraph.Format(Create(() => stage, s => stage = s).GetInfo());
    }
}
