using Innomed.Grains.Capacity;
using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Innomed.Grains.Directory;

/// <summary>
/// A hospital unit, lab or radiology centre: capacity and the steps addressed to it. Every accepted
/// capacity update is persisted with a history sample in the unit's outbox; the sample goes to the
/// history table asynchronously (batched with other units') and leaves the outbox once stored.
/// </summary>
public sealed class HospitalUnitGrain(
    [PersistentState("unit", GrainServices.Storage)] IPersistentState<HospitalUnitState> state,
    [PersistentState("unit-history", GrainServices.Storage)] IPersistentState<JourneyHistoryState> journeyHistory,
    [PersistentState("unit-log", GrainServices.Storage)] IPersistentState<MapLog<Guid, JourneySummary>> journeyLog,
    [PersistentState("unit-history-log", GrainServices.Storage)] IPersistentState<MapLog<Guid, JourneySummary>> journeyHistoryLog,
    [FromKeyedServices(GrainServices.ClockKey)] TimeProvider clock,
    CapacityHistoryWriter history,
    IOptions<CapacityHistoryOptions> historyOptions,
    ILogger<HospitalUnitGrain> logger)
    : Grain, IHospitalUnitGrain
{
    private IGrainTimer? _historyFlush;
    private int _historyFailures;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Samples acknowledged before a crash or a failed write: send them again (the table skips duplicates).
        if (state.State.HistoryOutbox.Count > 0) ScheduleHistoryFlush(TimeSpan.Zero);
        return Index.MoveEndedToHistoryAsync();
    }

    private GroupCommit? _commit;
    private SplitJourneyIndex? _index;

    /// <summary>Every write goes through it: index updates from many journeys share writes.</summary>
    private GroupCommit Commit => _commit ??= new GroupCommit(() => state.WriteStateAsync());

    private SplitJourneyIndex Index => _index ??= new SplitJourneyIndex(() => state.State.Index, Commit, journeyLog, journeyHistory, journeyHistoryLog);

    public async Task RegisterAsync(HospitalUnitProfile profile)
    {
        DirectoryValidation.Unit(profile, this.GetPrimaryKeyString());
        state.State.Profile = profile;
        await Commit.CommitAsync();
        await GrainFactory.Get<ITerritoryGrain>(profile.TerritoryId).AddUnitAsync(profile.Id, profile.Kind);
    }

    public Task<HospitalUnitProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public async Task<UnitCapacity> UpdateCapacityAsync(UnitCapacity capacity)
    {
        var profile = state.State.Profile ?? throw new NotFoundException("HospitalUnit", this.GetPrimaryKeyString());
        // Microseconds, as PostgreSQL stores them; two updates within one would collide in the history's (unit, time) key.
        var ticks = clock.GetUtcNow().UtcTicks;
        var now = new DateTimeOffset(ticks - ticks % 10, TimeSpan.Zero);
        if (state.State.Capacity is { } previous && now <= previous.UpdatedAt) now = previous.UpdatedAt.AddTicks(10);
        var stamped = DirectoryValidation.Capacity(capacity) with { UpdatedAt = now };
        var sample = Sample(profile, stamped);
        var outbox = state.State.HistoryOutbox;
        state.State.Capacity = stamped;
        outbox.Add(sample);
        var max = Math.Max(1, historyOptions.Value.MaxPendingPerUnit);
        var dropped = outbox.Count > max;
        if (dropped) outbox.RemoveAt(0);
        // As for every write here (GroupCommit): a failed write leaves the change pending, not acknowledged;
        // the next write stores it, with its history sample.
        await Commit.CommitAsync();
        if (dropped)
            logger.LogWarning("Capacity history of unit {UnitId} is {Count} samples behind; the oldest was dropped", profile.Id, max);
        await GrainFactory.Get<ITerritoryGrain>(profile.TerritoryId).ReportCapacityAsync(profile.Id, profile.Kind, stamped);
        ScheduleHistoryFlush(TimeSpan.Zero);
        return stamped;
    }

    public Task<UnitCapacity?> GetCapacityAsync() => Task.FromResult(state.State.Capacity);

    public Task<IReadOnlyList<WorkItem>> GetIncomingAsync()
    {
        var id = this.GetPrimaryKeyString();
        return Task.FromResult(Index.OpenStepsFor(p => p.Kind == PerformerKind.Unit && p.Id == id));
    }

    public Task<IReadOnlyList<JourneySummary>> GetJourneysAsync() => Task.FromResult(Index.NewestFirst());

    public async Task TrackAsync(JourneySummary journey)
    {
        if (state.State.Profile is null) return;
        await Index.TrackAsync(journey);
    }

    private static CapacitySample Sample(HospitalUnitProfile profile, UnitCapacity c) => new()
    {
        UnitId = profile.Id, TerritoryId = profile.TerritoryId, RecordedAt = c.UpdatedAt, BedsTotal = c.BedsTotal,
        BedsOccupied = c.BedsOccupied, ErWaiting = c.ErWaiting, ErLongestWaitMinutes = c.ErLongestWaitMinutes,
        DoctorsOnDuty = c.DoctorsOnDuty, Beds = c.Beds,
    };

    private void ScheduleHistoryFlush(TimeSpan due)
    {
        if (_historyFlush is not null) return; // the running flush takes what is pending when it ends
        // Interleaved: the capacity update does not wait for the history write.
        _historyFlush = this.RegisterGrainTimer(FlushHistoryAsync,
            new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true, Interleave = true });
    }

    private async Task FlushHistoryAsync()
    {
        var outbox = state.State.HistoryOutbox;
        var batch = outbox.ToArray();
        TimeSpan? next = null;
        try
        {
            await history.WriteAsync(batch);
            foreach (var sample in batch) outbox.Remove(sample);
            _historyFailures = 0;
            // The cleared outbox is persisted with the next write; until then a reactivation re-sends harmlessly.
            if (outbox.Count > 0) next = TimeSpan.Zero;
        }
        catch (Exception ex)
        {
            _historyFailures++;
            logger.LogWarning(ex, "Capacity history of unit {UnitId} not written ({Failures} failures); retrying",
                this.GetPrimaryKeyString(), _historyFailures);
            var delay = historyOptions.Value.RetryDelay * Math.Min(12, _historyFailures);
            next = delay;
        }
        finally
        {
            _historyFlush?.Dispose();
            _historyFlush = null;
        }
        if (next is { } due) ScheduleHistoryFlush(due);
    }
}
