using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Grains.Journeys;

/// <summary>
/// Tele-expertise: a GP's question to an expert, as a TELE_EXPERTISE step of the journey tree.
/// Same discipline as the rest of the workflow: every check first, then one event.
/// </summary>
public sealed partial class JourneyWorkflow
{
    private const int MaxAnswer = 20_000;
    private const int MaxAttachments = 10;
    private static readonly string[] ReferenceSchemes = ["https", "http", "urn"];

    public JourneyEvent RequestTeleExpertise(TeleExpertiseRequest request, PractitionerProfile expert, TimeSpan defaultDelay, Actor actor)
    {
        EnsureStarted();
        Guard(JourneyTrigger.Refer);
        Text("question", request.Question, MaxText);
        Attachments("attachments", request.Attachments);
        if (request.DueBy is { } due && due <= _now)
            throw new InvalidInputException("dueBy", "The due-by must be in the future.");
        var parent = OpenParentFor(request.ParentStepId, actor);
        var requester = RequesterFor(actor);
        if (expert.Id == requester)
            throw new InvalidInputException("expertId", "A practitioner cannot ask themselves for a tele-expertise.");

        var dueBy = request.DueBy ?? _now + defaultDelay;
        var step = new StepState
        {
            Id = NewStepId(), ParentId = parent.Id, Kind = StepKind.TeleExpertise, Status = StepStatus.Requested,
            Priority = request.Priority, RequesterId = requester, Performer = Performer.Practitioner(expert.Id),
            Reason = request.Question, DueBy = dueBy, CreatedAt = _now, UpdatedAt = _now,
            TeleExpertise = new TeleExpertiseDetails
            {
                Question = request.Question, Attachments = request.Attachments.ToArray(),
                Specialty = string.IsNullOrWhiteSpace(expert.Specialty) ? null : expert.Specialty.Trim(),
                RequestedAt = _now, InitialDueBy = dueBy, AssignedAt = _now, AskedExpertIds = [expert.Id],
            },
        };
        _s.Steps.Add(step);
        return Append(JourneyEventType.StepAdded, actor, _s.Stage, step.Id, stepStatus: step.Status,
            detail: StepKind.TeleExpertise.ToString());
    }

    /// <summary>Every refusal an answer can meet, without changing anything: the grain asks before claiming a billing place.</summary>
    public StepState CheckTeleExpertiseAnswer(TeleExpertiseAnswer answer, Actor actor)
    {
        var step = OpenTeleExpertise(answer.StepId, actor, "answer");
        Text("answer", answer.Answer, MaxAnswer);
        Attachments("attachments", answer.Attachments);
        return step;
    }

    public JourneyEvent AnswerTeleExpertise(TeleExpertiseAnswer answer, Actor actor, IReadOnlyList<RemuneratedAct> acts)
    {
        var step = CheckTeleExpertiseAnswer(answer, actor);
        var previous = step.Status;
        CompleteAsExpert(step);
        step.Report = answer.Answer;
        step.TeleExpertise = step.TeleExpertise! with
        {
            Outcome = TeleExpertiseOutcome.Answered, Answer = answer.Answer, AnswerAttachments = answer.Attachments.ToArray(),
            AnsweredAt = _now, AnsweredBy = step.Performer!.Id, Acts = acts, AnsweredVersion = _s.Version + 1,
        };
        return Append(JourneyEventType.StepStatusChanged, actor, _s.Stage, step.Id, step.Status, previous, "Answer");
    }

    /// <summary>
    /// The expert needs to see the patient: a REFERRAL (requested by the same requester, beside the
    /// question in the tree) replaces the question, which completes as converted and is not
    /// remunerated as a tele-expertise (the consultation is what gets billed).
    /// </summary>
    public JourneyEvent ConvertTeleExpertise(TeleExpertiseConversion conversion, Actor actor)
    {
        var step = OpenTeleExpertise(conversion.StepId, actor, "convert");
        Text("reason", conversion.Reason, MaxText);
        OptionalText("note", conversion.Note);
        var performer = conversion.Performer ?? step.Performer!;
        Text("performer.id", performer.Id, 64);

        var previous = step.Status;
        var referral = new StepState
        {
            Id = NewStepId(), ParentId = step.ParentId, Kind = StepKind.Referral, Status = StepStatus.Requested,
            Priority = conversion.Priority ?? step.Priority, RequesterId = step.RequesterId, Performer = performer,
            Reason = conversion.Reason, CreatedAt = _now, UpdatedAt = _now,
        };
        if (conversion.Note is { Length: > 0 } note) referral.Notes.Add(new StepNote(_now, actor.Id, note));
        CompleteAsExpert(step);
        step.Report = conversion.Reason;
        step.TeleExpertise = step.TeleExpertise! with { Outcome = TeleExpertiseOutcome.Converted, ConvertedToStepId = referral.Id };
        _s.Steps.Add(referral);
        return Append(JourneyEventType.StepStatusChanged, actor, _s.Stage, step.Id, step.Status, previous, "ConvertToReferral");
    }

    /// <summary>
    /// At the due-by of an unanswered request: hand it to <paramref name="nextExpertId"/> with a new
    /// due-by, or, with nobody left to ask, record that the escalation failed (the requester is told
    /// by the event; the current expert may still answer). Null when nothing is due.
    /// A reassignment is a new request to a new performer, so the step goes back to REQUESTED even
    /// if the previous expert had accepted (or scheduled) it: the new expert has not.
    /// </summary>
    public JourneyEvent? EscalateTeleExpertise(Guid stepId, string? nextExpertId, TimeSpan delay)
    {
        if (_s.FindStep(stepId) is not { } step || !IsPendingTeleExpertise(step) || step.DueBy > _now) return null;
        var te = step.TeleExpertise!;
        var from = step.Performer!.Id;
        if (nextExpertId is null || te.AskedExpertIds.Contains(nextExpertId) || nextExpertId == step.RequesterId)
        {
            step.TeleExpertise = te with
            {
                EscalationFailedAt = _now, Escalations = [.. te.Escalations, new TeleExpertiseEscalation(_now, from, null, null)],
            };
            step.UpdatedAt = _now;
            return Append(JourneyEventType.TeleExpertiseEscalationFailed, Actor.System, _s.Stage, step.Id, detail: "NoOtherExpert");
        }

        var previous = step.Status;
        var dueBy = _now + delay;
        step.Performer = Performer.Practitioner(nextExpertId);
        step.Status = StepStatus.Requested;
        step.DueBy = dueBy;
        step.Slot = null; // a slot booked with the previous expert is theirs: the journey frees it
        step.BookedCalendar = null;
        step.UpdatedAt = _now;
        step.TeleExpertise = te with
        {
            AssignedAt = _now, AskedExpertIds = [.. te.AskedExpertIds, nextExpertId],
            Escalations = [.. te.Escalations, new TeleExpertiseEscalation(_now, from, nextExpertId, dueBy)],
        };
        return Append(JourneyEventType.TeleExpertiseEscalated, Actor.System, _s.Stage, step.Id, step.Status,
            previous == step.Status ? null : previous, $"Escalation{te.Escalations.Count + 1}");
    }

    /// <summary>Requests waiting for an answer whose due-by has passed, oldest due first.</summary>
    public static IReadOnlyList<Guid> DueTeleExpertise(JourneyState s, DateTimeOffset now) =>
        s.Steps.Where(step => IsPendingTeleExpertise(step) && step.DueBy <= now)
            .OrderBy(step => step.DueBy).Select(step => step.Id).ToArray();

    /// <summary>The earliest due-by the escalation reminder must watch; null when none.</summary>
    public static DateTimeOffset? NextTeleExpertiseDue(JourneyState s) =>
        s.Steps.Where(IsPendingTeleExpertise).Select(step => step.DueBy).Min();

    /// <summary>Refuses a plain COMPLETE on a tele-expertise: its answer goes through answerTeleExpertise (acts, response time).</summary>
    private static void EnsureNotTeleExpertiseCompletion(StepState step, StepAction action)
    {
        if (step.TeleExpertise is not null && action == StepAction.Complete)
            throw new InvalidTransitionException(step.Status.ToString(),
                StepLifecycle.PermittedActions(step.Status).Where(a => a != StepAction.Complete).Select(a => a.ToString()).ToArray(),
                "A tele-expertise is completed by answerTeleExpertise or convertTeleExpertiseToReferral.");
    }

    private static bool IsPendingTeleExpertise(StepState step) =>
        step.TeleExpertise is { Outcome: TeleExpertiseOutcome.Pending, EscalationFailedAt: null }
        && !step.IsFinal && step.DueBy is not null && step.Performer is { Kind: PerformerKind.Practitioner };

    private StepState OpenTeleExpertise(Guid stepId, Actor actor, string verb)
    {
        EnsureStarted();
        var step = _s.FindStep(stepId) ?? throw new NotFoundException("Step", stepId.ToString());
        if (step.TeleExpertise is null)
            throw new InvalidInputException("stepId", $"Step '{stepId}' is not a tele-expertise request.");
        Guard(JourneyTrigger.UpdateStep);
        if (step.IsFinal || step.TeleExpertise.Outcome != TeleExpertiseOutcome.Pending)
            throw new InvalidTransitionException(step.Status.ToString(), [],
                $"Cannot {verb} a tele-expertise that is {step.Status} ({step.TeleExpertise.Outcome}).");
        if (!actor.IsPrivileged && !(step.Performer is { } p && actor.Is(p)))
            throw new ForbiddenException($"Only the expert the request is assigned to may {verb} it.");
        return step;
    }

    /// <summary>Answering implies accepting and starting: walk the step machine there, so it still rules.</summary>
    private void CompleteAsExpert(StepState step)
    {
        var lifecycle = StepLifecycle.Create(() => step.Status, s => step.Status = s);
        StepAction[] path = step.Status switch
        {
            StepStatus.Requested => [StepAction.Accept, StepAction.Start, StepAction.Complete],
            StepStatus.Accepted or StepStatus.Scheduled => [StepAction.Start, StepAction.Complete],
            StepStatus.OnHold => [StepAction.Resume, StepAction.Complete],
            _ => [StepAction.Complete],
        };
        foreach (var action in path) lifecycle.Fire(action);
        step.CompletedAt = step.UpdatedAt = _now;
    }

    /// <summary>Same placement and permission as <see cref="AddStep"/>: under the primary-care step or an open step the actor performs.</summary>
    private StepState OpenParentFor(Guid? parentStepId, Actor actor)
    {
        var parentId = parentStepId ?? PrimaryCareStep()?.Id ?? _s.RootStepId;
        var parent = _s.FindStep(parentId) ?? throw new NotFoundException("Step", parentId.ToString());
        if (parent.Kind == StepKind.Triage)
            throw new InvalidInputException("parentStepId", "Steps hang under the primary-care step or below it.");
        if (parent.IsFinal)
            throw new InvalidTransitionException(parent.Status.ToString(), [],
                $"Parent step is {parent.Status}; a new step needs an open parent.");
        var mayRequest = actor.IsPrivileged || actor.Id == _s.PrimaryPractitionerId || (parent.Performer is { } p && actor.Is(p));
        if (!mayRequest)
            throw new ForbiddenException("Only the journey's GP or the performer of the parent step may ask for a tele-expertise.");
        return parent;
    }

    private static void Attachments(string field, IReadOnlyList<DocumentReference>? attachments)
    {
        if (attachments is null) return;
        if (attachments.Count > MaxAttachments)
            throw new InvalidInputException(field, $"At most {MaxAttachments} attachments.");
        foreach (var a in attachments)
        {
            Text($"{field}.name", a.Name, 200);
            Text($"{field}.contentType", a.ContentType, 100);
            if (a.ContentType.Split('/') is not [{ Length: > 0 }, { Length: > 0 }] || a.ContentType.Any(char.IsWhiteSpace))
                throw new InvalidInputException($"{field}.contentType", "A media type such as 'application/pdf' is required.");
            Text($"{field}.reference", a.Reference, 2000);
            if (!Uri.TryCreate(a.Reference, UriKind.Absolute, out var uri) || !ReferenceSchemes.Contains(uri.Scheme))
                throw new InvalidInputException($"{field}.reference", "A document reference is an absolute https, http or urn address.");
        }
    }
}
