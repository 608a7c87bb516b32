using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

/// <summary>
/// A practitioner's or unit's journeys in two states: the open ones in the grain's main state, the
/// ended ones (up to <see cref="JourneyIndex.EndedKept"/>) in a history state. Almost every journey
/// change touches an open journey, so the write it costs no longer carries hundreds of ended
/// summaries (they were most of the bytes each index write serialised). Both states group-commit.
/// </summary>
public sealed class SplitJourneyIndex(Func<JourneyIndex> open, GroupCommit openCommit, IPersistentState<JourneyHistoryState> history)
{
    private readonly GroupCommit _historyCommit = new(() => history.WriteStateAsync());

    private JourneyIndex Ended => history.State.Index;

    public IEnumerable<JourneySummary> Open => open().Journeys.Values;

    public IReadOnlyList<JourneySummary> NewestFirst() =>
        open().Journeys.Values.Concat(Ended.Journeys.Values).OrderByDescending(j => j.UpdatedAt).ToArray();

    public IReadOnlyList<WorkItem> OpenStepsFor(Func<Performer, bool> isMine) => open().OpenStepsFor(isMine);

    /// <summary>Answers once the change is stored (or, for a redelivery, once nothing is pending).</summary>
    public async Task TrackAsync(JourneySummary journey)
    {
        var current = open();
        if (journey.IsEnded)
        {
            var recorded = Ended.Apply(journey);
            var removed = current.Journeys.TryGetValue(journey.JourneyId, out var known) && known.Version < journey.Version
                && current.Journeys.Remove(journey.JourneyId);
            // History first: a crash between the writes leaves the journey in both (its redelivery
            // removes it from the open ones), never in neither.
            await (recorded ? _historyCommit.CommitAsync() : _historyCommit.FlushAsync());
            await (removed ? openCommit.CommitAsync() : openCommit.FlushAsync());
            return;
        }
        if (Ended.Journeys.TryGetValue(journey.JourneyId, out var ended) && ended.Version >= journey.Version)
        {
            await _historyCommit.FlushAsync(); // a late summary never reopens an ended journey
            await openCommit.FlushAsync();
            return;
        }
        await (current.Apply(journey) ? openCommit.CommitAsync() : openCommit.FlushAsync());
    }

    /// <summary>
    /// States stored before the split hold ended journeys among the open ones: moved to the history
    /// on activation, history stored first, so none is lost.
    /// </summary>
    public async Task MoveEndedToHistoryAsync()
    {
        var stale = open().Journeys.Values.Where(j => j.IsEnded).ToArray();
        if (stale.Length == 0) return;
        foreach (var journey in stale) Ended.Apply(journey);
        await _historyCommit.CommitAsync();
        foreach (var journey in stale) open().Journeys.Remove(journey.JourneyId);
        await openCommit.CommitAsync();
    }
}
