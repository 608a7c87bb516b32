namespace Innomed.Grains.Journeys;

/// <summary>
/// One patient journey (Guid key): its stage machine, its tree of steps and its timeline.
/// Every command either appends exactly one event and persists it before returning, or throws
/// a <see cref="Errors.DomainException"/> and changes nothing.
/// </summary>
[Alias("innomed.IJourneyGrain")]
public interface IJourneyGrain : IGrainWithGuidKey
{
    [Alias("start")] Task<JourneySnapshot> StartAsync(PatientIdentity patient, string territoryId, Actor actor);
    [Alias("triage")] Task<JourneySnapshot> SubmitTriageAsync(TriageSubmission submission, Actor actor);
    /// <summary>Stores one chatbot answer; the last one completes the triage like <see cref="SubmitTriageAsync"/>.</summary>
    [Alias("answer-triage")] Task<TriageProgress> AnswerTriageAsync(TriageAnswer answer, Actor actor);
    [Alias("triage-progress"), ReadOnly] Task<TriageProgress> GetTriageProgressAsync();
    [Alias("take-charge")] Task<JourneySnapshot> TakeChargeAsync(string practitionerId, Actor actor);
    [Alias("return-to-primary-care")] Task<JourneySnapshot> ReturnToPrimaryCareAsync(string? note, Actor actor);
    [Alias("add-step")] Task<StepOutcome> AddStepAsync(StepRequest request, Actor actor);
    [Alias("update-step")] Task<StepOutcome> UpdateStepAsync(StepUpdate update, Actor actor);
    /// <summary>
    /// Books the slot starting at <paramref name="start"/> in the step's performer's calendar and
    /// schedules the step in it; on a scheduled step this reschedules (the old slot is freed).
    /// </summary>
    [Alias("book-step")] Task<StepOutcome> BookStepAsync(Guid stepId, DateTimeOffset start, Actor actor);
    [Alias("close")] Task<JourneySnapshot> CloseAsync(string outcome, Actor actor);
    [Alias("cancel")] Task<JourneySnapshot> CancelAsync(string reason, Actor actor);

    /// <summary>The journey, or null when it was never started.</summary>
    [Alias("get"), ReadOnly] Task<JourneySnapshot?> GetAsync();

    /// <summary>Timeline events with a version greater than <paramref name="afterVersion"/>, oldest first.</summary>
    [Alias("events"), ReadOnly] Task<JourneyEventPage> GetEventsAsync(int afterVersion, int max);

    /// <summary>
    /// Called by the journey's deadline watch: escalates what is due of this kind (overdue, next
    /// expert, on-call GP) and returns when the journey next waits on it, or null when it waits on nothing.
    /// </summary>
    [Alias("check-deadline")] Task<DateTimeOffset?> CheckDeadlineAsync(Deadlines.DeadlineKind kind);
}
