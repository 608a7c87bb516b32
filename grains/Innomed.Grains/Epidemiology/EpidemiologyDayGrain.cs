namespace Innomed.Grains.Epidemiology;

/// <summary>
/// One territory-day of triage counts. Each journey counts once, under the category of its latest
/// triage; the counts are persisted, then pushed to the territory's <see cref="IEpidemiologyGrain"/>.
/// A failed push throws back to the journey, whose index retry redelivers; redelivery finds nothing
/// to change here but pushes again, so the territory catches up.
/// </summary>
public sealed class EpidemiologyDayGrain(
    [PersistentState("epidemiology-day", GrainServices.Storage)] IPersistentState<EpidemiologyDayState> state)
    : Grain, IEpidemiologyDayGrain
{
    private int _pushed;
    private EpidemiologyDayState S => state.State;

    public async Task RecordAsync(TriageCount triage)
    {
        if (!S.Journeys.TryGetValue(triage.JourneyId, out var known) || known.Version < triage.Version)
        {
            var (counts, revision) = (S.Counts, S.Revision);
            if (known is null || known.Category != triage.Category)
            {
                var changed = Grow(S.Counts).ToArray();
                if (known is not null) changed[(int)known.Category]--;
                changed[(int)triage.Category]++;
                S.Counts = changed;
                S.Revision++;
            }
            S.Journeys[triage.JourneyId] = new CountedJourney(triage.Version, triage.Category);
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                // Memory never runs ahead of storage: the journey's retry must find the change still to do.
                (S.Counts, S.Revision) = (counts, revision);
                if (known is null) S.Journeys.Remove(triage.JourneyId);
                else S.Journeys[triage.JourneyId] = known;
                throw;
            }
        }
        if (S.Revision > _pushed)
        {
            var (territoryId, day) = EpidemiologyKeys.Parse(this.GetPrimaryKeyString());
            var revision = S.Revision;
            await GrainFactory.GetGrain<IEpidemiologyGrain>(territoryId).ApplyDayAsync(day, revision, S.Counts.ToArray());
            _pushed = Math.Max(_pushed, revision);
        }
    }

    public Task<IReadOnlyList<int>> GetCountsAsync() => Task.FromResult<IReadOnlyList<int>>(S.Counts.ToArray());

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
