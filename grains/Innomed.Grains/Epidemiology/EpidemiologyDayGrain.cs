namespace Innomed.Grains.Epidemiology;

/// <summary>
/// One territory-day of triage counts. Each journey counts once, under the category of its latest
/// triage; the counts are persisted, then pushed to the territory's <see cref="IEpidemiologyGrain"/>.
/// Every triage of the territory that day lands here, so storing is a <see cref="LoggedMap{TKey,TValue}"/>
/// of the day's journeys (a triage writes a short log, not the whole day) and pushing a group commit:
/// the changes made while a write (or a push) is in flight share the next one. A caller is answered
/// once its change is stored and pushed; a failure throws back to the journey, whose index retry
/// redelivers; redelivery stores what is still pending and pushes again, so the territory catches up.
/// </summary>
public sealed class EpidemiologyDayGrain(
    [PersistentState("epidemiology-day", GrainServices.Storage)] IPersistentState<EpidemiologyDayState> state,
    [PersistentState("epidemiology-day-log", GrainServices.Storage)] IPersistentState<MapLog<Guid, CountedJourney>> log)
    : Grain, IEpidemiologyDayGrain
{
    private LoggedMap<Guid, CountedJourney> _journeys = null!;
    private GroupCommit? _push;
    private (long Revision, int[] Counts) _stored;
    private long _pushed;
    private EpidemiologyDayState S => state.State;

    /// <summary>Grows with every change, across activations; the territory grain keeps the highest it received.</summary>
    private long Revision => S.Revision + _journeys.LastSeq;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _journeys = new(() => S.Journeys, () => S.LogSeq, seq => S.LogSeq = seq, new GroupCommit(() => state.WriteStateAsync()), log);
        // The snapshot's counts do not include the logged changes: recounted from the journeys.
        var counts = new int[EpidemiologySeries.Categories.Count];
        foreach (var journey in S.Journeys.Values) counts[(int)journey.Category]++;
        S.Counts = counts;
        _stored = (Revision, counts.ToArray()); // freshly activated, what was read is what storage holds
        return Task.CompletedTask;
    }

    /// <summary>Only stored counts leave the grain: a change still unstored could be lost by a crash.</summary>
    private GroupCommit Push => _push ??= new GroupCommit(async () =>
    {
        var stored = _stored;
        if (stored.Revision <= _pushed) return;
        var (territoryId, day) = EpidemiologyKeys.Parse(this.GetPrimaryKeyString());
        await GrainFactory.Get<IEpidemiologyGrain>(territoryId).ApplyDayAsync(day, (int)stored.Revision, stored.Counts);
        _pushed = Math.Max(_pushed, stored.Revision);
    });

    public async Task RecordAsync(TriageCount triage)
    {
        var isNew = !S.Journeys.TryGetValue(triage.JourneyId, out var known) || known.Version < triage.Version;
        if (isNew)
        {
            if (known is null || known.Category != triage.Category)
            {
                var changed = S.Counts.ToArray();
                if (known is not null) changed[(int)known.Category]--;
                changed[(int)triage.Category]++;
                S.Counts = changed;
            }
            _journeys.Set(triage.JourneyId, new CountedJourney(triage.Version, triage.Category));
        }
        // Once this returns, everything up to here is stored. A redelivery after a failed write must
        // not be acknowledged while unstored: it flushes.
        var upToHere = (Revision, S.Counts);
        await (isNew ? _journeys.CommitAsync() : _journeys.FlushAsync());
        if (upToHere.Revision > _stored.Revision) _stored = upToHere;
        await Push.CommitAsync();
    }

    public Task<IReadOnlyList<int>> GetCountsAsync() => Task.FromResult<IReadOnlyList<int>>(_stored.Counts.ToArray());
}
