namespace Innomed.Grains.Epidemiology;

/// <summary>
/// One territory-day of triage counts. Each journey counts once, under the category of its latest
/// triage; the counts are persisted, then pushed to the territory's <see cref="IEpidemiologyGrain"/>.
/// Every triage of the territory that day lands here, so both steps are group commits: the changes
/// made while a write (or a push) is in flight share the next one. A caller is answered once its
/// change is stored and pushed; a failure throws back to the journey, whose index retry redelivers;
/// redelivery stores what is still pending and pushes again, so the territory catches up.
/// </summary>
public sealed class EpidemiologyDayGrain(
    [PersistentState("epidemiology-day", GrainServices.Storage)] IPersistentState<EpidemiologyDayState> state)
    : Grain, IEpidemiologyDayGrain
{
    private GroupCommit? _store;
    private GroupCommit? _push;
    private (int Revision, int[] Counts)? _stored;
    private int _pushed;
    private EpidemiologyDayState S => state.State;

    private GroupCommit Store => _store ??= new GroupCommit(async () =>
    {
        var snapshot = (S.Revision, S.Counts.ToArray()); // what this write stores
        await state.WriteStateAsync();
        if (_stored is not { } known || known.Revision < snapshot.Revision) _stored = snapshot;
    });

    /// <summary>Only stored counts leave the grain: a change still unstored could be lost by a crash.</summary>
    private GroupCommit Push => _push ??= new GroupCommit(async () =>
    {
        var stored = StoredCounts();
        if (stored.Revision <= _pushed) return;
        var (territoryId, day) = EpidemiologyKeys.Parse(this.GetPrimaryKeyString());
        await GrainFactory.GetGrain<IEpidemiologyGrain>(territoryId).ApplyDayAsync(day, stored.Revision, stored.Counts);
        _pushed = Math.Max(_pushed, stored.Revision);
    });

    public async Task RecordAsync(TriageCount triage)
    {
        if (!S.Journeys.TryGetValue(triage.JourneyId, out var known) || known.Version < triage.Version)
        {
            if (known is null || known.Category != triage.Category)
            {
                var changed = Grow(S.Counts).ToArray();
                if (known is not null) changed[(int)known.Category]--;
                changed[(int)triage.Category]++;
                S.Counts = changed;
                S.Revision++;
            }
            S.Journeys[triage.JourneyId] = new CountedJourney(triage.Version, triage.Category);
            await Store.CommitAsync();
        }
        else
        {
            await Store.FlushAsync(); // a redelivery after a failed write must not be acknowledged while unstored
        }
        await Push.CommitAsync();
    }

    public Task<IReadOnlyList<int>> GetCountsAsync() => Task.FromResult<IReadOnlyList<int>>(StoredCounts().Counts.ToArray());

    /// <summary>Freshly activated, the state read from storage is what storage holds.</summary>
    private (int Revision, int[] Counts) StoredCounts() => _stored ??= (S.Revision, S.Counts.ToArray());

    /// <summary>A category added to the enum after this day was stored gets a zero.</summary>
    private static int[] Grow(int[] counts)
    {
        var size = EpidemiologySeries.Categories.Count;
        if (counts.Length >= size) return counts;
        var grown = new int[size];
        counts.CopyTo(grown, 0);
        return grown;
    }
}
