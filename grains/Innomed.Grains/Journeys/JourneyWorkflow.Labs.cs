using Innomed.Grains.Errors;
using Innomed.Grains.Labs;

namespace Innomed.Grains.Journeys;

/// <summary>
/// Labs and imaging: orders as LAB_ORDER / IMAGING_ORDER steps, results with computed flags, and
/// alerts for critical results (acknowledged by a clinician, escalated when nobody does in time).
/// </summary>
public sealed partial class JourneyWorkflow
{
    private const int MaxTests = 50;

    public JourneyEvent OrderLabs(LabOrderRequest order, Actor actor)
    {
        if (order.Kind is not (StepKind.LabOrder or StepKind.ImagingOrder))
            throw new InvalidInputException("kind", "A lab order or an imaging order.");
        if (order.Kind == StepKind.LabOrder)
        {
            if (order.Tests.Count is 0 or > MaxTests) throw new InvalidInputException("tests", $"Order 1 to {MaxTests} tests.");
            for (var i = 0; i < order.Tests.Count; i++)
            {
                ResultFlags.Code($"tests[{i}].code", order.Tests[i].Code);
                ResultFlags.Required($"tests[{i}].label", order.Tests[i].Label, 200);
            }
            if (order.Tests.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count() != order.Tests.Count)
                throw new InvalidInputException("tests", "A test is ordered twice.");
        }
        else
        {
            ResultFlags.Required("exam", order.Exam, 500);
        }
        var evt = AddStep(new StepRequest
        {
            ParentStepId = order.ParentStepId, Kind = order.Kind, Performer = Performer.Unit(order.UnitId),
            Reason = order.ClinicalInformation, Priority = order.Priority, DueBy = order.DueBy, Note = order.Note,
        }, actor);
        _s.FindStep(evt.StepId!.Value)!.Lab = new LabDetails
        {
            Tests = order.Tests.ToArray(), Exam = order.Exam, ClinicalInformation = order.ClinicalInformation,
        };
        return evt;
    }

    /// <summary>
    /// The lab posts results: flags computed, a corrected result replaces the earlier one of its
    /// code, a critical result raises an alert for whoever ordered the test, a final posting
    /// completes the step. Posting implies the lab took the order (no separate accept).
    /// </summary>
    public JourneyEvent PostResults(LabResultsPosting posting, Actor actor, TimeSpan escalationDelay)
    {
        EnsureStarted();
        var step = _s.FindStep(posting.StepId) ?? throw new NotFoundException("Step", posting.StepId.ToString());
        if (step.Kind is not (StepKind.LabOrder or StepKind.ImagingOrder))
            throw new InvalidInputException("stepId", "Results belong to a lab or imaging order.");
        Guard(JourneyTrigger.UpdateStep);
        if (step.IsFinal || step.Status == StepStatus.OnHold)
            throw new InvalidTransitionException(step.Status.ToString(), StepLifecycle.PermittedActions(step.Status).Select(a => a.ToString()).ToArray(),
                $"Results cannot be posted on a step that is {step.Status}.");
        if (!actor.IsPrivileged && !(step.Performer is { } performer && actor.Is(performer)))
            throw new ForbiddenException("Only the lab or radiology centre the order went to posts its results.");
        ResultFlags.Validate(posting.Results);
        if (posting.ImagingReport is { } report) ResultFlags.Required("imagingReport", report, 20_000);
        if (posting.Results.Count == 0 && posting.ImagingReport is null && !posting.Final)
            throw new InvalidInputException("results", "Post at least one result or a report.");

        var previousStatus = step.Status;
        var posted = posting.Results.Select(r => new LabResult { Entry = r, Flag = ResultFlags.Compute(r), PostedAt = _now, PostedBy = actor.Id }).ToArray();
        var lab = step.Lab ?? new LabDetails();
        var results = lab.Results.Where(old => posted.All(p => p.Entry.Code != old.Entry.Code)).Concat(posted).ToArray();
        step.Lab = lab with { Results = results, ImagingReport = posting.ImagingReport ?? lab.ImagingReport };
        var lifecycle = StepLifecycle.Create(() => step.Status, s => step.Status = s);
        if (step.Status == StepStatus.Requested) lifecycle.Fire(StepAction.Accept);
        if (step.Status is StepStatus.Accepted or StepStatus.Scheduled) lifecycle.Fire(StepAction.Start);
        if (posting.Final)
        {
            lifecycle.Fire(StepAction.Complete);
            step.Report = step.Lab.ImagingReport ?? Summary(step.Lab.Results);
            step.CompletedAt = _now;
        }
        step.UpdatedAt = _now;

        var detail = Summary(posted);
        var critical = posted.Where(r => r.IsCritical).Select(r => r.Entry.Code).ToArray();
        if (critical.Length == 0)
            return Append(JourneyEventType.LabResultsPosted, actor, _s.Stage, step.Id, step.Status, previousStatus, detail);
        var alert = new LabAlert
        {
            Id = Guid.CreateVersion7(), JourneyId = _s.Id, StepId = step.Id, RaisedAt = _now,
            OrderedBy = step.RequesterId ?? _s.PrimaryPractitionerId ?? "system", Codes = critical, EscalateAt = _now + escalationDelay,
        };
        _s.Alerts.Add(alert);
        return Append(JourneyEventType.CriticalResultAlert, actor, _s.Stage, step.Id, step.Status, previousStatus, detail, alert.Id);
    }

    public JourneyEvent AcknowledgeAlert(Guid alertId, Actor actor)
    {
        EnsureStarted();
        var index = _s.Alerts.FindIndex(a => a.Id == alertId);
        if (index < 0) throw new NotFoundException("Alert", alertId.ToString());
        var alert = _s.Alerts[index];
        if (!actor.IsPrivileged && !alert.Concerns(actor.Id) && actor.Id != _s.PrimaryPractitionerId)
            throw new ForbiddenException("The practitioner who ordered the test, the on-call GP it went to, or the journey's GP acknowledges it.");
        if (!alert.IsOpen)
            throw new InvalidTransitionException("Acknowledged", [], $"Already acknowledged at {alert.AcknowledgedAt:u}.");
        _s.Alerts[index] = alert with { AcknowledgedAt = _now, AcknowledgedBy = actor.Id };
        return Append(JourneyEventType.AlertAcknowledged, actor, _s.Stage, alert.StepId, alertId: alert.Id);
    }

    /// <summary>Hands an unacknowledged alert past its time to the on-call GP (null: nobody on call; said in the detail).</summary>
    public JourneyEvent? EscalateAlert(Guid alertId, string? onCallGp)
    {
        var index = _s.Alerts.FindIndex(a => a.Id == alertId);
        if (index < 0 || _s.Alerts[index] is not { IsOpen: true, EscalatedAt: null } alert || alert.EscalateAt > _now) return null;
        _s.Alerts[index] = alert with { EscalatedAt = _now, EscalatedTo = onCallGp };
        return Append(JourneyEventType.AlertEscalated, Actor.System, _s.Stage, alert.StepId,
            detail: onCallGp is null ? "NO_ON_CALL_GP" : "ON_CALL_GP", alertId: alert.Id);
    }

    /// <summary>When the next alert is due for escalation, if any.</summary>
    public static DateTimeOffset? NextAlertEscalation(JourneyState s) =>
        s.Alerts.Where(a => a is { IsOpen: true, EscalatedAt: null }).Select(a => (DateTimeOffset?)a.EscalateAt).Min();

    public static IReadOnlyList<Guid> AlertsDue(JourneyState s, DateTimeOffset now) =>
        s.Alerts.Where(a => a is { IsOpen: true, EscalatedAt: null } && a.EscalateAt <= now).Select(a => a.Id).ToArray();

    /// <summary>Counts only ("4 results, 1 abnormal, 1 critical"): timeline details never carry values.</summary>
    private static string Summary(IReadOnlyList<LabResult> results) =>
        $"{results.Count} result(s), {results.Count(r => r.IsAbnormal)} abnormal, {results.Count(r => r.IsCritical)} critical";
}
