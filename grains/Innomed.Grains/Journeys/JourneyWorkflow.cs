using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Innomed.Grains.Triage;
using Stateless;

namespace Innomed.Grains.Journeys;

/// <summary>
/// The journey's rules, free of Orleans: each command checks everything first, then mutates the
/// state and returns the one event it appends. A refused command throws before any mutation.
/// </summary>
public sealed partial class JourneyWorkflow
{
    private const int MaxText = 4000;
    private readonly JourneyState _s;
    private readonly DateTimeOffset _now;
    private StateMachine<JourneyStage, JourneyTrigger>? _machine;

    public JourneyWorkflow(JourneyState state, DateTimeOffset now)
    {
        _s = state;
        _now = now;
    }

    /// <summary>Built only by a command that fires a transition (snapshots and guards read the cached tables).</summary>
    private StateMachine<JourneyStage, JourneyTrigger> Stages => _machine ??= JourneyStageMachine.Create(() => _s.Stage, stage => _s.Stage = stage);

    public IReadOnlyList<JourneyTrigger> PermittedTriggers => _s.IsStarted ? JourneyStageMachine.Permitted(_s.Stage) : [];

    public JourneyEvent Start(Guid id, PatientIdentity patient, string territoryId, Actor actor)
    {
        if (_s.IsStarted) throw Refused("The journey has already started.");
        Text("territoryId", territoryId, 64);
        Text("patient.familyName", patient.FamilyName, 100);
        Text("patient.givenName", patient.GivenName, 100);
        if (patient.BirthDate > DateOnly.FromDateTime(_now.UtcDateTime) || patient.BirthDate.Year < 1890)
            throw new InvalidInputException("patient.birthDate", "The birth date must be a past date after 1890.");

        _s.Id = id;
        _s.TerritoryId = territoryId;
        _s.Patient = patient;
        _s.PatientUserId = actor.Role == ActorRole.Patient ? actor.Id : null;
        _s.CreatedAt = _now;
        _s.Stage = JourneyStage.Triage;
        _s.RootStepId = NewStepId();
        _s.Steps.Add(new StepState
        {
            Id = _s.RootStepId, Kind = StepKind.Triage, Status = StepStatus.InProgress, Priority = Priority.Routine,
            RequesterId = actor.Id, Reason = "Triage", CreatedAt = _now, UpdatedAt = _now,
        });
        return Append(JourneyEventType.JourneyStarted, actor, JourneyStage.Triage, _s.RootStepId);
    }

    public JourneyEvent SubmitTriage(TriageSubmission submission, Actor actor)
    {
        EnsureStarted();
        if (submission.Level is not null && actor.Role == ActorRole.Patient)
            throw new ForbiddenException("Only a clinician may set the triage level directly.");
        EnsureMayTriage(actor);
        if (submission.Level is null && submission.Answers.Count == 0)
            throw new InvalidInputException("answers", "Give the questionnaire answers, or a clinician's level.");
        foreach (var answer in submission.Answers)
        {
            Text("answers.question", answer.Question, 64);
            if (answer.Value is null || answer.Value.Length > 1000)
                throw new InvalidInputException("answers.value", "Each answer needs a value of at most 1000 characters.");
        }
        OptionalText("note", submission.Note);

        var (level, reasons) = submission.Level is { } given
            ? (given, (IReadOnlyList<string>)[$"CLINICIAN: level set by {actor.Role}"])
            : Evaluate(submission.Answers);
        return CompleteTriage(level, reasons, submission.Answers, actor, submission.Note);
    }

    /// <summary>
    /// One chatbot answer: the next question, or a correction of one already answered. The answer is
    /// validated and stored normalised; when no question remains the triage completes.
    /// </summary>
    public JourneyEvent AnswerTriage(TriageAnswer answer, Actor actor)
    {
        EnsureStarted();
        if (_s.Stage != JourneyStage.Triage)
            throw Refused("The chatbot triages a journey once; a clinician re-triages with submitTriage.");
        EnsureMayTriage(actor);
        var question = TriageQuestionnaire.Find(answer.Question ?? "")
            ?? throw new InvalidInputException("question", $"Unknown triage question '{Truncate(answer.Question)}'.");
        var next = TriageQuestionnaire.Next(TriageSheet());
        var correction = _s.TriageAnswers.Exists(a => a.Question == question.Code);
        if (!correction && next?.Code != question.Code)
            throw new InvalidInputException("question", $"The next question is '{next?.Code}', not '{question.Code}'.");
        var validation = TriageQuestionnaire.Validate(question, answer.Value);
        if (!validation.IsValid)
            throw new InvalidInputException(question.Code, $"{validation.Error!.Fr} / {validation.Error.En}");

        _s.TriageAnswers.RemoveAll(a => a.Question == question.Code);
        _s.TriageAnswers.Add(new TriageAnswer(question.Code, validation.Value!));
        var answers = TriageSheet();
        if (TriageQuestionnaire.Next(answers) is not null)
            return Append(JourneyEventType.TriageAnswered, actor, _s.Stage, _s.RootStepId, detail: question.Code);
        var (level, reasons) = Evaluate(answers);
        return CompleteTriage(level, reasons, answers, actor, null);
    }

    /// <summary>Prefilled answers (age from the birth date) followed by the chatbot's stored ones.</summary>
    public IReadOnlyList<TriageAnswer> TriageSheet()
    {
        var given = _s.TriageAnswers.Select(a => a.Question).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var prefill = TriagePrefill.FromBirthDate(_s.Patient!.BirthDate, DateOnly.FromDateTime(_now.UtcDateTime))
            .Where(a => !given.Contains(a.Question));
        return [.. prefill, .. _s.TriageAnswers];
    }

    private JourneyEvent CompleteTriage(TriageLevel level, IReadOnlyList<string> reasons, IReadOnlyList<TriageAnswer> answers,
        Actor actor, string? note)
    {
        var trigger = level == TriageLevel.Emergency ? JourneyTrigger.EscalateToEmergency : JourneyTrigger.SubmitTriage;
        Guard(trigger);

        var previous = _s.Stage;
        _s.Triage = new TriageResult(level, _now, _now + TriageDeadlines.For(level), answers, reasons,
            actor.Role == ActorRole.Patient ? null : actor.Id);
        _s.OverdueSince = null;
        var root = Root();
        if (!root.IsFinal)
        {
            root.Status = StepStatus.Completed;
            root.CompletedAt = _now;
        }
        root.Report = $"Triage level {level}";
        root.UpdatedAt = _now;
        if (note is { Length: > 0 }) root.Notes.Add(new StepNote(_now, actor.Id, note));
        Stages.Fire(trigger);
        var type = level == TriageLevel.Emergency ? JourneyEventType.RedirectedToEmergency : JourneyEventType.TriageSubmitted;
        return Append(type, actor, previous, root.Id, detail: level.ToString());
    }

    private void EnsureMayTriage(Actor actor)
    {
        if (actor.Role == ActorRole.Patient && actor.Id != _s.PatientUserId)
            throw new ForbiddenException("A patient may only triage their own journey.");
    }

    private static string Truncate(string? text) => text is { Length: > 64 } ? text[..64] : text ?? "";

    public JourneyEvent TakeCharge(PractitionerProfile gp, Actor actor)
    {
        EnsureStarted();
        Guard(JourneyTrigger.TakeCharge);
        if (gp.Role != PractitionerRole.Gp)
            throw new ForbiddenException($"Practitioner '{gp.Id}' is not a GP.");
        if (gp.TerritoryId != _s.TerritoryId)
            throw new ForbiddenException($"Practitioner '{gp.Id}' does not belong to this journey's territory.");
        if (!actor.IsPrivileged && actor.Id != gp.Id)
            throw new ForbiddenException("A GP takes charge for themselves.");

        var previous = _s.Stage;
        var step = new StepState
        {
            Id = NewStepId(), ParentId = _s.RootStepId, Kind = StepKind.PrimaryCare, Status = StepStatus.InProgress,
            Priority = PriorityFor(_s.Triage?.Level), RequesterId = _s.PatientUserId ?? actor.Id,
            Performer = Performer.Practitioner(gp.Id), Reason = "Primary care", DueBy = _s.Triage?.DueBy,
            CreatedAt = _now, UpdatedAt = _now,
        };
        _s.Steps.Add(step);
        _s.PrimaryPractitionerId = gp.Id;
        Stages.Fire(JourneyTrigger.TakeCharge);
        return Append(JourneyEventType.TakenInCharge, actor, previous, step.Id, stepStatus: step.Status);
    }

    public JourneyEvent ReturnToPrimaryCare(string? note, Actor actor)
    {
        EnsureStarted();
        Guard(JourneyTrigger.ReturnToPrimaryCare);
        if (!actor.IsPrivileged && actor.Role != ActorRole.Regulator)
            throw new ForbiddenException("Only the SAMU regulator sends a patient back to primary care.");
        OptionalText("note", note);

        var previous = _s.Stage;
        // The regulator judged it is not an emergency: the patient still needs a GP within 2 h.
        var old = _s.Triage!;
        _s.Triage = old with
        {
            Level = TriageLevel.Urgent, TriagedAt = _now, DueBy = _now + TriageDeadlines.For(TriageLevel.Urgent),
            Reasons = [.. old.Reasons, "REGULATOR: returned to primary care by the SAMU regulator"], TriagedBy = actor.Id,
        };
        _s.OverdueSince = null;
        if (note is { Length: > 0 }) Root().Notes.Add(new StepNote(_now, actor.Id, note));
        Stages.Fire(JourneyTrigger.ReturnToPrimaryCare);
        return Append(JourneyEventType.ReturnedToPrimaryCare, actor, previous, detail: TriageLevel.Urgent.ToString());
    }

    public JourneyEvent AddStep(StepRequest request, Actor actor)
    {
        EnsureStarted();
        Guard(JourneyTrigger.Refer);
        if (request.Kind is StepKind.Triage or StepKind.PrimaryCare or StepKind.FollowUp)
            throw new InvalidInputException("kind", $"A {request.Kind} step is created by the journey itself.");
        Text("reason", request.Reason, MaxText);
        OptionalText("note", request.Note);
        Text("performer.id", request.Performer.Id, 64);
        if (request.DueBy is { } due && due <= _now)
            throw new InvalidInputException("dueBy", "The due-by must be in the future.");

        var parentId = request.ParentStepId ?? PrimaryCareStep()?.Id ?? _s.RootStepId;
        var parent = _s.FindStep(parentId) ?? throw new NotFoundException("Step", parentId.ToString());
        if (parent.Kind == StepKind.Triage)
            throw new InvalidInputException("parentStepId", "Steps hang under the primary-care step or below it.");
        if (parent.IsFinal)
            throw new InvalidTransitionException(parent.Status.ToString(), [],
                $"Parent step is {parent.Status}; a new step needs an open parent.");
        var mayRequest = actor.IsPrivileged || actor.Id == _s.PrimaryPractitionerId
            || (parent.Performer is { } p && actor.Is(p));
        if (!mayRequest)
            throw new ForbiddenException("Only the journey's GP or the performer of the parent step may add a step under it.");

        var step = new StepState
        {
            Id = NewStepId(), ParentId = parent.Id, Kind = request.Kind, Status = StepStatus.Requested,
            Priority = request.Priority, RequesterId = RequesterFor(actor), Performer = request.Performer, Reason = request.Reason,
            DueBy = request.DueBy, CreatedAt = _now, UpdatedAt = _now,
        };
        if (request.Note is { Length: > 0 } note) step.Notes.Add(new StepNote(_now, actor.Id, note));
        _s.Steps.Add(step);
        return Append(JourneyEventType.StepAdded, actor, _s.Stage, step.Id, stepStatus: step.Status,
            detail: request.Kind.ToString());
    }

    public JourneyEvent UpdateStep(StepUpdate update, Actor actor) => UpdateStep(update, actor, booked: false);

    private JourneyEvent UpdateStep(StepUpdate update, Actor actor, bool booked)
    {
        EnsureStarted();
        var step = _s.FindStep(update.StepId) ?? throw new NotFoundException("Step", update.StepId.ToString());
        if (step.Kind is StepKind.Triage or StepKind.PrimaryCare or StepKind.FollowUp)
            throw new InvalidTransitionException(step.Status.ToString(), [],
                $"The {step.Kind} step follows the journey: use submitTriage, takeCharge or closeJourney.");
        Guard(JourneyTrigger.UpdateStep);
        var lifecycle = StepLifecycle.Create(() => step.Status, s => step.Status = s);
        if (!lifecycle.CanFire(update.Action))
            throw new InvalidTransitionException(step.Status.ToString(),
                Enum.GetValues<StepAction>().Where(lifecycle.CanFire).Select(a => a.ToString()).ToArray(),
                $"Cannot {update.Action} a step that is {step.Status}.");
        if (update.Action == StepAction.Schedule && step.Status == StepStatus.Requested && !booked
            && !(step.Performer is { } performer && actor.Is(performer)) && !actor.IsPrivileged)
            throw new InvalidTransitionException(step.Status.ToString(),
                Enum.GetValues<StepAction>().Where(lifecycle.CanFire).Select(a => a.ToString()).ToArray(),
                "Only the performer schedules a request they have not accepted; book one of their published slots instead.");
        EnsureNotTeleExpertiseCompletion(step, update.Action);
        RequireDetails(update);
        if (update.Action == StepAction.Reject && step.Kind is StepKind.Referral or StepKind.TeleExpertise or StepKind.Admission)
            Text("alternative", update.Alternative, MaxText); // a refusal must say what to do instead
        EnsureMayAct(step, update.Action, actor);

        var previousStage = _s.Stage;
        var previousStatus = step.Status;
        lifecycle.Fire(update.Action);
        step.UpdatedAt = _now;
        if (update.Reason is { Length: > 0 } reason) step.StatusReason = reason;
        if (update.Report is { Length: > 0 } report) step.Report = report;
        if (update.Slot is not null)
        {
            step.Slot = update.Slot;
            step.BookedCalendar = null; // set by hand: no calendar holds it (a booking sets it after this)
        }
        if (update.Action is StepAction.Unschedule or StepAction.Cancel or StepAction.Fail or StepAction.Reject)
        {
            step.BookedCalendar = null; // the journey grain frees the calendar slot once this is stored
            if (update.Action == StepAction.Unschedule) step.Slot = null;
        }
        if (update.Action == StepAction.Reject)
        {
            step.Alternative = update.Alternative;
            step.SuggestedPerformer = update.SuggestedPerformer;
        }
        if (update.Note is { Length: > 0 } note) step.Notes.Add(new StepNote(_now, actor.Id, note));
        if (step.IsFinal) step.CompletedAt = _now;
        ApplyStageEffects(step, update.Action);
        return Append(JourneyEventType.StepStatusChanged, actor, previousStage, step.Id, step.Status, previousStatus,
            update.Action.ToString());
    }

    /// <summary>
    /// Checks that the actor may book a slot for this step, without changing anything: the journey
    /// grain asks the calendar only then. Returns the performer and whether reserved urgent slots
    /// are open to this booking (a GP booking an urgent referral).
    /// </summary>
    public (Performer Performer, bool ForUrgentReferral) CheckBooking(Guid stepId, Actor actor)
    {
        EnsureStarted();
        var step = _s.FindStep(stepId) ?? throw new NotFoundException("Step", stepId.ToString());
        if (step.Kind is not (StepKind.Referral or StepKind.LabOrder or StepKind.ImagingOrder or StepKind.Admission))
            throw new InvalidInputException("stepId", $"A {step.Kind} step has no slot to book.");
        Guard(JourneyTrigger.UpdateStep);
        var lifecycle = StepLifecycle.Create(() => step.Status, _ => { });
        if (!lifecycle.CanFire(StepAction.Schedule))
            throw new InvalidTransitionException(step.Status.ToString(),
                Enum.GetValues<StepAction>().Where(lifecycle.CanFire).Select(a => a.ToString()).ToArray(),
                $"Cannot book a slot for a step that is {step.Status}.");
        EnsureMayAct(step, StepAction.Schedule, actor);
        var urgent = actor.Role == ActorRole.Gp && step.Kind == StepKind.Referral && step.Priority != Priority.Routine;
        return (step.Performer!, urgent);
    }

    /// <summary>Schedules the step in the slot its performer's calendar has just granted.</summary>
    public JourneyEvent BookStep(Guid stepId, Slot slot, string calendar, Actor actor)
    {
        var evt = UpdateStep(new StepUpdate { StepId = stepId, Action = StepAction.Schedule, Slot = slot }, actor, booked: true);
        _s.FindStep(stepId)!.BookedCalendar = calendar;
        return evt;
    }

    public JourneyEvent Close(string outcome, Actor actor)
    {
        EnsureStarted();
        Guard(JourneyTrigger.Close);
        Text("outcome", outcome, MaxText);
        var mayClose = actor.IsPrivileged || (_s.Stage == JourneyStage.RedirectedToEmergency
            ? actor.Role == ActorRole.Regulator
            : actor.Id == _s.PrimaryPractitionerId);
        if (!mayClose) throw new ForbiddenException("Only the journey's GP (or the regulator, for an emergency) closes it.");
        var open = _s.Steps.Where(s => !s.IsFinal && s.Kind is not (StepKind.PrimaryCare or StepKind.FollowUp)).ToList();
        if (open.Count > 0)
            throw new InvalidTransitionException(_s.Stage.ToString(), PermittedTriggers.Select(t => t.ToString()).ToArray(),
                $"{open.Count} step(s) are still open; complete or cancel them before closing.");

        var previous = _s.Stage;
        foreach (var step in _s.Steps.Where(s => !s.IsFinal))
        {
            step.Status = StepStatus.Completed;
            step.Report = outcome;
            step.CompletedAt = step.UpdatedAt = _now;
        }
        _s.Outcome = outcome;
        _s.EndedAt = _now;
        Stages.Fire(JourneyTrigger.Close);
        return Append(JourneyEventType.JourneyClosed, actor, previous);
    }

    public JourneyEvent Cancel(string reason, Actor actor)
    {
        EnsureStarted();
        Guard(JourneyTrigger.Cancel);
        Text("reason", reason, MaxText);
        var mayCancel = actor.IsPrivileged || actor.Role == ActorRole.Regulator
            || actor.Id == _s.PrimaryPractitionerId || (actor.Role == ActorRole.Patient && actor.Id == _s.PatientUserId)
            || (_s.PrimaryPractitionerId is null && actor.Role == ActorRole.Gp);
        if (!mayCancel) throw new ForbiddenException("Only the patient, their GP or the regulator may cancel the journey.");

        var previous = _s.Stage;
        foreach (var step in _s.Steps.Where(s => !s.IsFinal))
        {
            step.Status = StepStatus.Cancelled;
            step.StatusReason = reason;
            step.BookedCalendar = null;
            step.CompletedAt = step.UpdatedAt = _now;
        }
        _s.CancellationReason = reason;
        _s.EndedAt = _now;
        Stages.Fire(JourneyTrigger.Cancel);
        return Append(JourneyEventType.JourneyCancelled, actor, previous);
    }

    /// <summary>Escalates a journey still waiting for a GP after its due-by; null when nothing is due.</summary>
    public JourneyEvent? MarkOverdueIfDue()
    {
        if (_s.Stage != JourneyStage.AwaitingPrimaryCare || _s.OverdueSince is not null) return null;
        if (_s.Triage?.DueBy is not { } due || due > _now) return null;
        _s.OverdueSince = _now;
        return Append(JourneyEventType.Overdue, Actor.System, _s.Stage, detail: _s.Triage.Level.ToString());
    }

    private void ApplyStageEffects(StepState step, StepAction action)
    {
        if (!step.IsSpecialistCare) return;
        // Booking a published slot accepts the request as well.
        if (action is StepAction.Accept or StepAction.Schedule && JourneyStageMachine.CanFire(_s.Stage, JourneyTrigger.AcceptReferral))
        {
            Stages.Fire(JourneyTrigger.AcceptReferral);
            return;
        }
        if (!step.IsFinal || _s.Stage != JourneyStage.SpecialistCare || _s.Steps.Any(s => s.IsActiveCare)) return;
        if (_s.Steps.Any(s => s.IsSpecialistCare && s.Status == StepStatus.Completed))
        {
            Stages.Fire(JourneyTrigger.ReferralsReported);
            EnsureFollowUpStep();
        }
        else
        {
            Stages.Fire(JourneyTrigger.ReferralsWithdrawn);
        }
    }

    private void EnsureFollowUpStep()
    {
        if (_s.Steps.Any(s => s.Kind == StepKind.FollowUp && !s.IsFinal)) return;
        var primary = PrimaryCareStep();
        _s.Steps.Add(new StepState
        {
            Id = NewStepId(), ParentId = primary?.Id ?? _s.RootStepId, Kind = StepKind.FollowUp,
            Status = StepStatus.InProgress, Priority = Priority.Routine, RequesterId = "system",
            Performer = primary?.Performer, Reason = "Follow-up after specialist care", CreatedAt = _now, UpdatedAt = _now,
        });
    }

    private static void RequireDetails(StepUpdate update)
    {
        switch (update.Action)
        {
            case StepAction.Reject or StepAction.Fail or StepAction.Cancel or StepAction.Unschedule:
                Text("reason", update.Reason, MaxText);
                break;
            case StepAction.Complete:
                Text("report", update.Report, 20_000);
                break;
            case StepAction.Schedule when update.Slot is null:
                throw new InvalidInputException("slot", "Scheduling needs a slot.");
            case StepAction.Schedule when update.Slot.End <= update.Slot.Start:
                throw new InvalidInputException("slot", "A slot must end after it starts.");
        }
        OptionalText("note", update.Note);
    }

    private void EnsureMayAct(StepState step, StepAction action, Actor actor)
    {
        if (actor.IsPrivileged) return;
        var isPerformer = step.Performer is { } p && actor.Is(p);
        var isRequester = actor.Id == step.RequesterId || actor.Id == _s.PrimaryPractitionerId;
        var allowed = action switch
        {
            StepAction.Cancel => isRequester,
            StepAction.Schedule or StepAction.Unschedule => isPerformer || isRequester,
            _ => isPerformer,
        };
        if (!allowed)
            throw new ForbiddenException(action == StepAction.Cancel
                ? "Only the requester or the journey's GP may cancel this step."
                : "Only the step's performer may do this.");
    }

    private void Guard(JourneyTrigger trigger)
    {
        if (JourneyStageMachine.CanFire(_s.Stage, trigger)) return;
        throw new InvalidTransitionException(_s.Stage.ToString(), PermittedTriggers.Select(t => t.ToString()).ToArray(),
            $"{trigger} is not permitted while the journey is {_s.Stage}.");
    }

    private void EnsureStarted()
    {
        if (!_s.IsStarted) throw new NotFoundException("Journey", _s.Id == Guid.Empty ? "?" : _s.Id.ToString());
    }

    private InvalidTransitionException Refused(string message) =>
        new(_s.Stage.ToString(), PermittedTriggers.Select(t => t.ToString()).ToArray(), message);

    private JourneyEvent Append(JourneyEventType type, Actor actor, JourneyStage previousStage, Guid? stepId = null,
        StepStatus? stepStatus = null, StepStatus? previousStepStatus = null, string? detail = null, Guid? alertId = null)
    {
        _s.Version++;
        _s.UpdatedAt = _now;
        var evt = new JourneyEvent
        {
            JourneyId = _s.Id, Version = _s.Version, Type = type, At = _now, ActorId = actor.Id, Stage = _s.Stage,
            PreviousStage = previousStage == _s.Stage ? null : previousStage, StepId = stepId,
            StepStatus = stepStatus ?? (stepId is { } id ? _s.FindStep(id)?.Status : null),
            PreviousStepStatus = previousStepStatus, Detail = detail, AlertId = alertId,
        };
        _s.Events.Add(evt);
        return evt;
    }

    /// <summary>Innomed itself or an admin acts on behalf of the journey's GP, whose feed must show the step.</summary>
    private string RequesterFor(Actor actor) => actor.IsPrivileged ? _s.PrimaryPractitionerId ?? actor.Id : actor.Id;

    /// <summary>
    /// The reviewed triage engine (Triage/). The age comes from the birth date the journey already
    /// holds unless the answers give it; incomplete answers raise the level, on purpose.
    /// </summary>
    private (TriageLevel Level, IReadOnlyList<string> Reasons) Evaluate(IReadOnlyList<TriageAnswer> answers)
    {
        var given = answers.Select(a => a.Question).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var prefill = TriagePrefill.FromBirthDate(_s.Patient!.BirthDate, DateOnly.FromDateTime(_now.UtcDateTime))
            .Where(a => !given.Contains(a.Question));
        var outcome = TriageEvaluator.Evaluate([.. prefill, .. answers]);
        return (outcome.Level, outcome.Lines(Language.Fr));
    }

    private StepState Root() => _s.FindStep(_s.RootStepId)!;

    private StepState? PrimaryCareStep() => _s.Steps.Find(s => s.Kind == StepKind.PrimaryCare);

    private static Priority PriorityFor(TriageLevel? level) => level switch
    {
        TriageLevel.Emergency => Priority.Stat,
        TriageLevel.Urgent => Priority.Asap,
        TriageLevel.SemiUrgent => Priority.Urgent,
        _ => Priority.Routine,
    };

    private static Guid NewStepId() => Guid.CreateVersion7();

    private static void Text(string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidInputException(field, $"'{field}' is required.");
        if (value.Length > max)
            throw new InvalidInputException(field, $"'{field}' must be at most {max} characters.");
    }

    private static void OptionalText(string field, string? value)
    {
        if (value is { Length: > MaxText })
            throw new InvalidInputException(field, $"'{field}' must be at most {MaxText} characters.");
    }
}
