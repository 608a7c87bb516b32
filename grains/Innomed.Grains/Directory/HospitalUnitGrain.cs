using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Grains.Directory;

/// <summary>A hospital unit, lab or radiology centre: capacity and the steps addressed to it.</summary>
public sealed class HospitalUnitGrain(
    [PersistentState("unit", GrainServices.Storage)] IPersistentState<HospitalUnitState> state,
    [FromKeyedServices(GrainServices.ClockKey)] TimeProvider clock)
    : Grain, IHospitalUnitGrain
{
    private GroupCommit? _commit;

    /// <summary>Every write goes through it: index updates from many journeys share writes.</summary>
    private GroupCommit Commit => _commit ??= new GroupCommit(() => state.WriteStateAsync());

    public async Task RegisterAsync(HospitalUnitProfile profile)
    {
        DirectoryValidation.Unit(profile, this.GetPrimaryKeyString());
        state.State.Profile = profile;
        await Commit.CommitAsync();
        await GrainFactory.GetGrain<ITerritoryGrain>(profile.TerritoryId).AddUnitAsync(profile.Id, profile.Kind);
    }

    public Task<HospitalUnitProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public async Task<UnitCapacity> UpdateCapacityAsync(UnitCapacity capacity)
    {
        var profile = state.State.Profile ?? throw new NotFoundException("HospitalUnit", this.GetPrimaryKeyString());
        DirectoryValidation.Capacity(capacity);
        var stamped = capacity with { UpdatedAt = clock.GetUtcNow() };
        state.State.Capacity = stamped;
        await Commit.CommitAsync();
        await GrainFactory.GetGrain<ITerritoryGrain>(profile.TerritoryId).ReportCapacityAsync(profile.Id, profile.Kind, stamped);
        return stamped;
    }

    public Task<UnitCapacity?> GetCapacityAsync() => Task.FromResult(state.State.Capacity);

    public Task<IReadOnlyList<WorkItem>> GetIncomingAsync()
    {
        var id = this.GetPrimaryKeyString();
        return Task.FromResult(state.State.Index.OpenStepsFor(p => p.Kind == PerformerKind.Unit && p.Id == id));
    }

    public Task<IReadOnlyList<JourneySummary>> GetJourneysAsync() => Task.FromResult(state.State.Index.NewestFirst());

    public async Task TrackAsync(JourneySummary journey)
    {
        if (state.State.Profile is null) return;
        if (state.State.Index.Apply(journey)) await Commit.CommitAsync();
        else await Commit.FlushAsync(); // a redelivery after a failed write must not be acknowledged unstored
    }
}
