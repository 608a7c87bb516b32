using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

/// <summary>A practitioner's profile and worklist, kept in step by the journey grains.</summary>
public sealed class PractitionerGrain(
    [PersistentState("practitioner", GrainServices.Storage)] IPersistentState<PractitionerState> state,
    [PersistentState("practitioner-history", GrainServices.Storage)] IPersistentState<JourneyHistoryState> history,
    [PersistentState("practitioner-log", GrainServices.Storage)] IPersistentState<MapLog<Guid, JourneySummary>> log,
    [PersistentState("practitioner-history-log", GrainServices.Storage)] IPersistentState<MapLog<Guid, JourneySummary>> historyLog)
    : Grain, IPractitionerGrain
{
    private GroupCommit? _commit;
    private SplitJourneyIndex? _index;

    /// <summary>Every write goes through it: index updates from many journeys share writes.</summary>
    private GroupCommit Commit => _commit ??= new GroupCommit(() => state.WriteStateAsync());

    private SplitJourneyIndex Index => _index ??= new SplitJourneyIndex(() => state.State.Index, Commit, log, history, historyLog);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Index.MoveEndedToHistoryAsync();

    public async Task RegisterAsync(PractitionerProfile profile)
    {
        DirectoryValidation.Practitioner(profile, this.GetPrimaryKeyString());
        state.State.Profile = profile;
        await Commit.CommitAsync();
        await GrainFactory.Get<ITerritoryGrain>(profile.TerritoryId).AddPractitionerAsync(profile.Id);
    }

    public Task<PractitionerProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public Task<IReadOnlyList<JourneySummary>> GetJourneysAsync() => Task.FromResult(Index.NewestFirst());

    public Task<IReadOnlyList<WorkItem>> GetWorklistAsync()
    {
        var id = this.GetPrimaryKeyString();
        return Task.FromResult(Index.OpenStepsFor(p => p.Kind == PerformerKind.Practitioner && p.Id == id));
    }

    public Task<IReadOnlyList<Labs.LabAlert>> GetAlertsAsync()
    {
        var id = this.GetPrimaryKeyString();
        IReadOnlyList<Labs.LabAlert> alerts = Index.Open
            .SelectMany(j => j.OpenAlerts).Where(a => a.Concerns(id)).OrderBy(a => a.RaisedAt).ToArray();
        return Task.FromResult(alerts);
    }

    public async Task TrackAsync(JourneySummary journey)
    {
        // Requester ids may name a patient or the system: only registered practitioners keep an index.
        if (state.State.Profile is null) return;
        await Index.TrackAsync(journey);
    }
}
