using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

/// <summary>A patient user's journeys, kept in step by the journey grains (a read model like the practitioners').</summary>
public sealed class PatientGrain(
    [PersistentState("patient", GrainServices.Storage)] IPersistentState<PatientState> state)
    : Grain, IPatientGrain
{
    private GroupCommit? _commit;

    private GroupCommit Commit => _commit ??= new GroupCommit(() => state.WriteStateAsync());

    public Task<IReadOnlyList<JourneySummary>> GetJourneysAsync() => Task.FromResult(state.State.Index.NewestFirst());

    public async Task TrackAsync(JourneySummary journey)
    {
        if (state.State.Index.Apply(journey)) await Commit.CommitAsync();
        else await Commit.FlushAsync(); // a redelivery after a failed write must not be acknowledged unstored
    }
}
