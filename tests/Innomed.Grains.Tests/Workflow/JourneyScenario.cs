using System.Text.Json;
using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Tests.Workflow;

/// <summary>
/// Drives <see cref="JourneyWorkflow"/> on a bare <see cref="JourneyState"/> with a fixed clock
/// that moves one minute per command, so every event has a distinct, predictable timestamp.
/// </summary>
internal sealed class JourneyScenario
{
    public const string Territory = "cpts-nord";
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    public static readonly Guid JourneyId = new("0b7c2a1e-5d4f-4f7a-9c1e-2a3b4c5d6e7f");
    public static readonly PatientIdentity Patient = new("Durand", "Louise", new DateOnly(1962, 5, 14));

    public static readonly PractitionerProfile Gp = new()
    {
        Id = "gp-1", FamilyName = "Martin", GivenName = "Claire", Role = PractitionerRole.Gp, TerritoryId = Territory,
    };

    public static readonly Actor PatientActor = new("patient-1", ActorRole.Patient);
    public static readonly Actor GpActor = new(Gp.Id, ActorRole.Gp);
    public static readonly Actor RegulatorActor = new("samu-1", ActorRole.Regulator);
    public static readonly Performer Cardiologist = Performer.Practitioner("spec-cardio");
    public static readonly Performer Lab = Performer.Unit("lab-1");

    public JourneyState State { get; } = new();
    public DateTimeOffset Now { get; set; } = T0;

    /// <summary>The referral that <see cref="InStage"/> used to reach specialist care, if any.</summary>
    public Guid ReferralId { get; private set; }

    public JourneyEvent Do(Func<JourneyWorkflow, JourneyEvent> command)
    {
        var evt = command(new JourneyWorkflow(State, Now));
        Now = Now.AddMinutes(1);
        return evt;
    }

    public JourneyEvent Start(Actor? by = null) => Do(w => w.Start(JourneyId, Patient, Territory, by ?? PatientActor));

    public JourneyEvent Triage(TriageLevel level, Actor? by = null) =>
        Do(w => w.SubmitTriage(new TriageSubmission { Level = level }, by ?? GpActor));

    public JourneyEvent TriageAnswers(params (string Question, string Value)[] answers) =>
        Do(w => w.SubmitTriage(new TriageSubmission { Answers = answers.Select(a => new TriageAnswer(a.Question, a.Value)).ToArray() },
            PatientActor));

    public JourneyEvent TakeCharge(PractitionerProfile? gp = null, Actor? by = null) =>
        Do(w => w.TakeCharge(gp ?? Gp, by ?? GpActor));

    public JourneyEvent ReturnToPrimaryCare(Actor? by = null) => Do(w => w.ReturnToPrimaryCare("not an emergency", by ?? RegulatorActor));

    public Guid AddStep(Performer? performer = null, StepKind kind = StepKind.Referral, Guid? parent = null, Actor? by = null) =>
        Do(w => w.AddStep(new StepRequest
        {
            Kind = kind, Performer = performer ?? Cardiologist, Reason = $"{kind} needed", ParentStepId = parent,
        }, by ?? GpActor)).StepId!.Value;

    public JourneyEvent Act(Guid stepId, StepAction action, Actor? by = null) =>
        Do(w => w.UpdateStep(UpdateFor(stepId, action), by ?? ActorFor(stepId, action)));

    public JourneyEvent Close(Actor? by = null) =>
        Do(w => w.Close("resolved", by ?? (State.Stage == JourneyStage.RedirectedToEmergency ? RegulatorActor : GpActor)));

    public JourneyEvent Cancel(Actor? by = null) => Do(w => w.Cancel("patient withdrew", by ?? PatientActor));

    /// <summary>An update carrying whatever the action requires (reason, report, slot).</summary>
    public StepUpdate UpdateFor(Guid stepId, StepAction action) => new()
    {
        StepId = stepId, Action = action,
        Reason = action is StepAction.Reject or StepAction.Fail or StepAction.Cancel or StepAction.Unschedule ? "no longer needed" : null,
        Alternative = action is StepAction.Reject ? "See the GP on call tomorrow" : null,
        Report = action == StepAction.Complete ? "report" : null,
        Slot = action == StepAction.Schedule ? new Slot(Now.AddDays(3), Now.AddDays(3).AddMinutes(30)) : null,
    };

    /// <summary>The requester (the GP) cancels; the performer does everything else.</summary>
    public Actor ActorFor(Guid stepId, StepAction action) =>
        action == StepAction.Cancel ? GpActor : PerformerActor(State.FindStep(stepId)!.Performer!);

    public static Actor PerformerActor(Performer performer) => performer.Kind == PerformerKind.Practitioner
        ? new Actor(performer.Id, ActorRole.Specialist)
        : new Actor($"staff-{performer.Id}", ActorRole.HospitalStaff, performer.Id);

    /// <summary>Brings a new journey into <paramref name="stage"/> through commands only.</summary>
    public static JourneyScenario InStage(JourneyStage stage)
    {
        var j = new JourneyScenario();
        j.Start();
        switch (stage)
        {
            case JourneyStage.Triage:
                break;
            case JourneyStage.AwaitingPrimaryCare:
                j.Triage(TriageLevel.NonUrgent);
                break;
            case JourneyStage.RedirectedToEmergency:
                j.Triage(TriageLevel.Emergency);
                break;
            case JourneyStage.PrimaryCare:
                j.Triage(TriageLevel.NonUrgent);
                j.TakeCharge();
                break;
            case JourneyStage.SpecialistCare:
                j.ToSpecialistCare();
                break;
            case JourneyStage.FollowUp:
                j.ToSpecialistCare();
                j.Act(j.ReferralId, StepAction.Start);
                j.Act(j.ReferralId, StepAction.Complete);
                break;
            case JourneyStage.Closed:
                // Through follow-up, so the closed journey holds a (completed) referral to act on.
                j.ToSpecialistCare();
                j.Act(j.ReferralId, StepAction.Start);
                j.Act(j.ReferralId, StepAction.Complete);
                j.Close();
                break;
            case JourneyStage.Cancelled:
                // From specialist care, so the cancelled journey holds a (cancelled) referral.
                j.ToSpecialistCare();
                j.Cancel();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(stage), stage, null);
        }
        j.State.Stage.ShouldBe(stage);
        return j;
    }

    private void ToSpecialistCare()
    {
        Triage(TriageLevel.NonUrgent);
        TakeCharge();
        ReferralId = AddStep();
        Act(ReferralId, StepAction.Accept);
    }

    /// <summary>
    /// In Triage, AwaitingPrimaryCare and RedirectedToEmergency no command can create a referral,
    /// so a stage guard on step updates cannot be reached by commands alone: this plants one.
    /// </summary>
    public Guid PlantRequestedReferral()
    {
        var step = new StepState
        {
            Id = Guid.CreateVersion7(), ParentId = State.RootStepId, Kind = StepKind.Referral, Status = StepStatus.Requested,
            RequesterId = Gp.Id, Performer = Cardiologist, Reason = "planted", CreatedAt = Now, UpdatedAt = Now,
        };
        State.Steps.Add(step);
        return step.Id;
    }

    /// <summary>Everything persisted, as text: equal before and after means the command changed nothing.</summary>
    public string Serialized() => JsonSerializer.Serialize(State);
}
