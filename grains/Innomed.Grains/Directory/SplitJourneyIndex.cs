using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

/// <summary>
/// A practitioner's or unit's journeys in two states: the open ones in the grain's main state, the
/// ended ones (up to <see cref="JourneyIndex.EndedKept"/>, without their steps, which no reader of
/// the history needs) in a history state. Almost every journey change touches an open journey, so
/// the write it costs does not carry the history. Each is a <see cref="LoggedMap{TKey,TValue}"/>:
/// beyond a few dozen journeys a change writes a short log instead of the whole index.
/// </summary>
public sealed class SplitJourneyIndex
{
    private readonly LoggedMap<Guid, JourneySummary> _open;
    private readonly LoggedMap<Guid, JourneySummary> _ended;

    /// <summary>Build it on activation: it replays the logs over the states read.</summary>
    public SplitJourneyIndex(Func<JourneyIndex> open, GroupCommit openCommit, IPersistentState<MapLog<Guid, JourneySummary>> openLog,
        IPersistentState<JourneyHistoryState> history, IPersistentState<MapLog<Guid, JourneySummary>> historyLog)
    {
        _open = new(() => open().Journeys, () => open().LogSeq, seq => open().LogSeq = seq, openCommit, openLog);
        _ended = new(() => history.State.Index.Journeys, () => history.State.Index.LogSeq, seq => history.State.Index.LogSeq = seq,
            new GroupCommit(() => history.WriteStateAsync()), historyLog);
    }

    public IEnumerable<JourneySummary> Open => _open.Items.Values;

    public IReadOnlyList<JourneySummary> NewestFirst() =>
        _open.Items.Values.Concat(_ended.Items.Values).OrderByDescending(j => j.UpdatedAt).ToArray();

    public IReadOnlyList<WorkItem> OpenStepsFor(Func<Performer, bool> isMine) => JourneyIndex.OpenStepsFor(_open.Items.Values, isMine);

    /// <summary>Answers once the change is stored (or, for a redelivery, once nothing is pending).</summary>
    public async Task TrackAsync(JourneySummary journey)
    {
        if (journey.IsEnded)
        {
            var recorded = RecordEnded(journey);
            var removed = _open.Items.TryGetValue(journey.JourneyId, out var known) && known.Version < journey.Version
                && _open.Remove(journey.JourneyId);
            // History first: a crash between the writes leaves the journey in both (its redelivery
            // removes it from the open ones), never in neither.
            await (recorded ? _ended.CommitAsync() : _ended.FlushAsync());
            await (removed ? _open.CommitAsync() : _open.FlushAsync());
            return;
        }
        if (_ended.Items.TryGetValue(journey.JourneyId, out var ended) && ended.Version >= journey.Version)
        {
            await _ended.FlushAsync(); // a late summary never reopens an ended journey
            await _open.FlushAsync();
            return;
        }
        if (_open.Items.TryGetValue(journey.JourneyId, out var current) && current.Version >= journey.Version)
        {
            await _open.FlushAsync();
            return;
        }
        _open.Set(journey.JourneyId, journey);
        await _open.CommitAsync();
    }

    /// <summary>
    /// States stored before the split hold ended journeys among the open ones: moved to the history
    /// on activation, history stored first, so none is lost.
    /// </summary>
    public async Task MoveEndedToHistoryAsync()
    {
        var stale = _open.Items.Values.Where(j => j.IsEnded).ToArray();
        if (stale.Length == 0) return;
        foreach (var journey in stale) RecordEnded(journey);
        await _ended.CommitAsync();
        foreach (var journey in stale) _open.Remove(journey.JourneyId);
        await _open.CommitAsync();
    }

    private bool RecordEnded(JourneySummary journey)
    {
        if (_ended.Items.TryGetValue(journey.JourneyId, out var known) && known.Version >= journey.Version) return false;
        _ended.Set(journey.JourneyId, journey with { Steps = [], OpenAlerts = [] });
        while (_ended.Items.Count > JourneyIndex.EndedKept) _ended.Remove(_ended.Items.Values.MinBy(j => j.UpdatedAt)!.JourneyId);
        return true;
    }
}
