using Innomed.Grains.Availability;
using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Innomed.Grains.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;

namespace Innomed.Grains.Journeys;

/// <summary>
/// One patient journey. A command runs the workflow on the state, persists it, and only then
/// fans the change out (live event, index grains). A refused or failed command restores the
/// state it started from, so memory never drifts from storage.
/// </summary>
public sealed partial class JourneyGrain : Grain, IJourneyGrain, IRemindable
{
    private readonly IPersistentState<JourneyState> _state;
    private readonly DeepCopier<JourneyState> _copier;
    private readonly TimeProvider _clock;
    private readonly ILiveEventPublisher _publisher;
    private readonly JourneyOptions _options;
    private readonly ILogger<JourneyGrain> _logger;
    private IGrainTimer? _indexRetry;
    private IGrainTimer? _releaseRetry;

    public JourneyGrain(
        [PersistentState("journey", GrainServices.Storage)] IPersistentState<JourneyState> state,
        DeepCopier<JourneyState> copier,
        [FromKeyedServices(GrainServices.ClockKey)] TimeProvider clock,
        ILiveEventPublisher publisher,
        IOptions<JourneyOptions> options,
        ILogger<JourneyGrain> logger)
    {
        _state = state;
        _copier = copier;
        _clock = clock;
        _publisher = publisher;
        _options = options.Value;
        _logger = logger;
    }

    private JourneyState S => _state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A crash between persisting and indexing leaves the indexes behind: catch them up.
        if (S.IsStarted && S.IndexedVersion < S.Version) ScheduleIndexRetry(TimeSpan.Zero);
        return Task.CompletedTask;
    }

    public async Task<JourneySnapshot> StartAsync(PatientIdentity patient, string territoryId, Actor actor)
    {
        if (actor.Role == ActorRole.Patient && !string.IsNullOrWhiteSpace(territoryId) && territoryId.Length <= 64)
        {
            // Patients start journeys in the CPTS's opening window; outside it they need 15 or 116 117 now.
            var territory = await GrainFactory.Get<ITerritoryGrain>(territoryId).GetProfileAsync()
                ?? throw new NotFoundException("Territory", territoryId);
            if (!OpeningWindow.IsOpen(territory.Hours, _clock.GetUtcNow()))
            {
                var hours = territory.Hours ?? OpeningHours.Default;
                throw new OutOfHoursException(hours.Opens.ToString("HH:mm"), hours.Closes.ToString("HH:mm"));
            }
        }
        return await RunAsync(w => w.Start(this.GetPrimaryKey(), patient, territoryId, actor));
    }

    public Task<JourneySnapshot> SubmitTriageAsync(TriageSubmission submission, Actor actor) =>
        RunAsync(w => w.SubmitTriage(submission, actor));

    public async Task<TriageProgress> AnswerTriageAsync(TriageAnswer answer, Actor actor)
    {
        await RunAsync(w => w.AnswerTriage(answer, actor));
        return TriageView.Progress(S, _clock.GetUtcNow());
    }

    public Task<TriageProgress> GetTriageProgressAsync()
    {
        EnsureStarted();
        return Task.FromResult(TriageView.Progress(S, _clock.GetUtcNow()));
    }

    public async Task<JourneySnapshot> TakeChargeAsync(string practitionerId, Actor actor)
    {
        EnsureStarted();
        var gp = await GrainFactory.Get<IPractitionerGrain>(practitionerId).GetProfileAsync()
            ?? throw new NotFoundException("Practitioner", practitionerId);
        return await RunAsync(w => w.TakeCharge(gp, actor));
    }

    public Task<JourneySnapshot> ReturnToPrimaryCareAsync(string? note, Actor actor) =>
        RunAsync(w => w.ReturnToPrimaryCare(note, actor));

    public async Task<StepOutcome> AddStepAsync(StepRequest request, Actor actor)
    {
        EnsureStarted();
        await EnsurePerformerExistsAsync(request.Performer);
        var journey = await RunAsync(w => w.AddStep(request, actor));
        return new StepOutcome(S.Events[^1].StepId!.Value, journey);
    }

    public async Task<StepOutcome> UpdateStepAsync(StepUpdate update, Actor actor)
    {
        var journey = await RunAsync(w => w.UpdateStep(update, actor));
        return new StepOutcome(update.StepId, journey);
    }

    public async Task<StepOutcome> BookStepAsync(Guid stepId, DateTimeOffset start, Actor actor)
    {
        var (performer, urgent) = new JourneyWorkflow(_copier.Copy(S), _clock.GetUtcNow()).CheckBooking(stepId, actor);
        var key = Calendars.Key(performer);
        var calendar = GrainFactory.Get<ICalendarGrain>(key);
        var booking = await calendar.BookAsync(new BookingRequest
        {
            JourneyId = this.GetPrimaryKey(), StepId = stepId, Start = start, Actor = actor, ForUrgentReferral = urgent,
        });
        var held = S.FindStep(stepId);
        var previous = held?.BookedCalendar == key ? held.Slot?.Start : null;
        try
        {
            var journey = await RunAsync(w => w.BookStep(stepId, new Slot(booking.Start, booking.End), key, actor));
            return new StepOutcome(stepId, journey);
        }
        catch
        {
            // Not scheduled after all: give the new slot back (the step keeps what it held before).
            if (previous != booking.Start) await calendar.ReleaseAsync(this.GetPrimaryKey(), stepId, previous);
            throw;
        }
    }

    public Task<JourneySnapshot> CloseAsync(string outcome, Actor actor) => RunAsync(w => w.Close(outcome, actor));

    public Task<JourneySnapshot> CancelAsync(string reason, Actor actor) => RunAsync(w => w.Cancel(reason, actor));

    /// <summary>The snapshot of the stored state (it only changes through <see cref="RunAsync"/>): reads share one.</summary>
    private JourneySnapshot? _snapshot;

    public Task<JourneySnapshot?> GetAsync() =>
        Task.FromResult(S.IsStarted ? _snapshot ??= JourneyProjection.ToSnapshot(S) : null);

    public Task<JourneyEventPage> GetEventsAsync(int afterVersion, int max)
    {
        var from = Math.Clamp(afterVersion, 0, S.Events.Count);
        var take = Math.Clamp(max, 0, 1000);
        // Versions are 1..n with no gap, so version v sits at index v-1.
        var events = S.Events.Skip(from).Take(take).ToArray();
        return Task.FromResult(new JourneyEventPage(events, S.Version));
    }

    private async Task<JourneySnapshot> RunAsync(Func<JourneyWorkflow, JourneyEvent> command)
    {
        var before = _copier.Copy(S);
        JourneyEvent evt;
        try
        {
            evt = command(new JourneyWorkflow(S, _clock.GetUtcNow()));
            // Watched before the write: a spurious entry is harmless, a missing one loses an escalation.
            await WatchMovedDeadlinesAsync(before); // also when a re-triage moves the due-by
            await _state.WriteStateAsync();
        }
        catch
        {
            _state.State = before;
            throw;
        }

        var snapshot = _snapshot = JourneyProjection.ToSnapshot(S);
        _publisher.Publish(new JourneyChange(evt, snapshot));
        JourneyMetrics.Record(evt, before.Stage, S.Triage?.Level);
        await ReleaseStaleBookingsAsync(before);
        await Task.WhenAll(ForgetSettledDeadlinesAsync(before), IndexAsync());
        return snapshot;
    }

    /// <summary>
    /// Frees the calendar slots a command let go of (unscheduled, rescheduled, cancelled, declined).
    /// A failure is retried by a timer; the step is already stored without the slot, so the worst
    /// case (a crash before the retry) is a slot held for a step that no longer needs it.
    /// </summary>
    private async Task ReleaseStaleBookingsAsync(JourneyState before)
    {
        foreach (var old in before.Steps.Where(s => s is { BookedCalendar: not null, Slot: not null }))
        {
            var now = S.FindStep(old.Id);
            var keep = now?.BookedCalendar == old.BookedCalendar ? now?.Slot?.Start : null;
            if (keep == old.Slot!.Start) continue;
            try
            {
                await GrainFactory.Get<ICalendarGrain>(old.BookedCalendar!).ReleaseAsync(this.GetPrimaryKey(), old.Id, keep);
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Freeing a slot of journey {JourneyId} failed; retrying", this.GetPrimaryKey());
                _releaseRetry?.Dispose();
                _releaseRetry = this.RegisterGrainTimer(async () =>
                {
                    _releaseRetry?.Dispose();
                    _releaseRetry = null;
                    await ReleaseStaleBookingsAsync(before);
                }, new GrainTimerCreationOptions(_options.IndexRetryDelay, Timeout.InfiniteTimeSpan) { KeepAlive = true });
                return;
            }
        }
    }

    /// <summary>Brings every index grain up to this version; they ignore versions they already hold.</summary>
    private async Task IndexAsync()
    {
        var summary = JourneyProjection.ToSummary(S);
        try
        {
            await Task.WhenAll(IndexTargets(summary).Concat(StatementTargets()).Concat(EpidemiologyTargets()));
            S.IndexedVersion = summary.Version; // persisted with the next write; redelivery is idempotent
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Index update of journey {JourneyId} failed; retrying", this.GetPrimaryKey());
            ScheduleIndexRetry(_options.IndexRetryDelay);
        }
    }

    private IEnumerable<Task> IndexTargets(JourneySummary summary)
    {
        yield return GrainFactory.Get<ITerritoryGrain>(summary.TerritoryId).TrackAsync(summary);
        if (S.PatientUserId is { } patient) yield return GrainFactory.Get<IPatientGrain>(patient).TrackAsync(summary);
        var practitioners = new HashSet<string>(StringComparer.Ordinal);
        var units = new HashSet<string>(StringComparer.Ordinal);
        if (summary.PrimaryPractitionerId is { } gp) practitioners.Add(gp);
        practitioners.UnionWith(TeleExpertiseParticipants());
        practitioners.UnionWith(AlertRecipients());
        foreach (var step in summary.Steps)
        {
            if (step.Performer is { Kind: PerformerKind.Practitioner } p) practitioners.Add(p.Id);
            if (step.Performer is { Kind: PerformerKind.Unit } u) units.Add(u.Id);
            if (step.Kind is not (StepKind.Triage or StepKind.PrimaryCare or StepKind.FollowUp)
                && step.RequesterId is { } requester) practitioners.Add(requester);
        }
        foreach (var id in practitioners) yield return GrainFactory.Get<IPractitionerGrain>(id).TrackAsync(summary);
        foreach (var id in units) yield return GrainFactory.Get<IHospitalUnitGrain>(id).TrackAsync(summary);
    }

    private void ScheduleIndexRetry(TimeSpan due)
    {
        _indexRetry?.Dispose();
        _indexRetry = this.RegisterGrainTimer(async () =>
        {
            _indexRetry?.Dispose();
            _indexRetry = null;
            if (S.IndexedVersion < S.Version) await IndexAsync();
        }, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task EnsurePerformerExistsAsync(Performer performer)
    {
        if (string.IsNullOrWhiteSpace(performer.Id) || performer.Id.Length > 64)
            throw new InvalidInputException("performer.id", "A performer id of at most 64 characters is required.");
        var exists = performer.Kind == PerformerKind.Practitioner
            ? await GrainFactory.Get<IPractitionerGrain>(performer.Id).GetProfileAsync() is not null
            : await GrainFactory.Get<IHospitalUnitGrain>(performer.Id).GetProfileAsync() is not null;
        if (!exists) throw new NotFoundException(performer.Kind == PerformerKind.Practitioner ? "Practitioner" : "HospitalUnit", performer.Id);
    }

    private void EnsureStarted()
    {
        if (!S.IsStarted) throw new NotFoundException("Journey", this.GetPrimaryKey().ToString());
    }
}
