using Innomed.Grains.Directory;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Innomed.Grains.Live;

namespace Innomed.Grains.Directory;

/// <summary>A territory: members, queues of active journeys, capacity roll-up.</summary>
public sealed class TerritoryGrain(
    [PersistentState("territory", GrainServices.Storage)] IPersistentState<TerritoryState> state,
    [PersistentState("territory-ended", GrainServices.Storage)] IPersistentState<TerritoryEndedState> endedState,
    [PersistentState("territory-active-log", GrainServices.Storage)] IPersistentState<MapLog<Guid, JourneySummary>> activeLog,
    [PersistentState("territory-tombstones-log", GrainServices.Storage)] IPersistentState<MapLog<Guid, Tombstone>> endedLog,
    ILiveEventPublisher publisher)
    : Grain, ITerritoryGrain
{
    private GroupCommit? _commit;
    private LoggedMap<Guid, JourneySummary>? _active;
    private LoggedMap<Guid, Tombstone>? _ended;

    /// <summary>Every write of the main state goes through it: changes from many journeys share writes.</summary>
    private GroupCommit Commit => _commit ??= new GroupCommit(() => state.WriteStateAsync());

    /// <summary>Open journeys and tombstones: logged maps, so a change does not rewrite thousands of entries.</summary>
    private LoggedMap<Guid, JourneySummary> Active => _active!;

    private LoggedMap<Guid, Tombstone> Ended => _ended!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _active = new(() => S.Active, () => S.ActiveLogSeq, seq => S.ActiveLogSeq = seq, Commit, activeLog);
        var endedCommit = new GroupCommit(() => endedState.WriteStateAsync());
        _ended = new(() => endedState.State.Tombstones, () => endedState.State.LogSeq, seq => endedState.State.LogSeq = seq,
            endedCommit, endedLog);
        // Tombstones stored without their time, in the main state (before the split) or in this one:
        // kept as the oldest (dropped first), stored in their new place before the old one is cleared.
        var legacy = S.Ended.Concat(endedState.State.Ended).ToArray();
        if (legacy.Length == 0) return;
        foreach (var (id, version) in legacy)
        {
            if (Ended.Items.GetValueOrDefault(id) is not { } known || known.Version < version) Ended.Set(id, new Tombstone(version, DateTimeOffset.MinValue));
        }
        await Ended.CommitAsync();
        endedState.State.Ended.Clear();
        await endedCommit.CommitAsync();
        S.Ended.Clear();
        await Commit.CommitAsync();
    }

    private const int EndedKept = 10_000;
    /// <summary>Tombstones beyond the kept ones are dropped in batches: one sort per thousand ends.</summary>
    private const int EndedPruned = 1_000;

    private void PruneOldest()
    {
        var oldest = Ended.Items.OrderBy(t => t.Value.EndedAt).Take(Ended.Items.Count - EndedKept).Select(t => t.Key).ToArray();
        foreach (var id in oldest) Ended.Remove(id);
    }
    private TerritoryState S => state.State;

    public async Task RegisterAsync(TerritoryProfile profile)
    {
        if (profile.Id != this.GetPrimaryKeyString())
            throw new InvalidInputException("id", "The profile id must match the territory key.");
        if (string.IsNullOrWhiteSpace(profile.Name)) throw new InvalidInputException("name", "A territory needs a name.");
        S.Profile = profile;
        await Commit.CommitAsync();
    }

    public Task<TerritoryProfile?> GetProfileAsync() => Task.FromResult(S.Profile);

    public async Task<TerritoryProfile> SetOnCallAsync(string? practitionerId)
    {
        var profile = S.Profile ?? throw new NotFoundException("Territory", this.GetPrimaryKeyString());
        if (practitionerId is not null)
        {
            var gp = await GrainFactory.Get<IPractitionerGrain>(practitionerId).GetProfileAsync()
                ?? throw new NotFoundException("Practitioner", practitionerId);
            if (gp.Role != PractitionerRole.Gp || gp.TerritoryId != profile.Id)
                throw new InvalidInputException("practitionerId", "The on-call doctor must be a GP of this territory.");
        }
        S.Profile = profile with { OnCallPractitionerId = practitionerId };
        try
        {
            await Commit.CommitAsync();
        }
        catch
        {
            S.Profile = profile;
            throw;
        }
        return S.Profile;
    }

    public async Task AddPractitionerAsync(string practitionerId)
    {
        if (S.PractitionerIds.Add(practitionerId)) await Commit.CommitAsync();
    }

    public async Task AddUnitAsync(string unitId, UnitKind kind)
    {
        if (S.Units.TryGetValue(unitId, out var known) && known == kind) return;
        S.Units[unitId] = kind;
        await Commit.CommitAsync();
    }

    public Task<TerritoryMembers> GetMembersAsync() =>
        Task.FromResult(new TerritoryMembers(S.PractitionerIds.ToArray(), S.Units.Keys.Order(StringComparer.Ordinal).ToArray()));

    public Task<IReadOnlyList<JourneySummary>> GetActiveJourneysAsync(JourneyStage? stage) =>
        Task.FromResult(Sorted(Active.Items.Values.Where(j => stage is null || j.Stage == stage)));

    public Task<IReadOnlyList<JourneySummary>> GetOverdueAsync() =>
        Task.FromResult(Sorted(Active.Items.Values.Where(j => j.OverdueSince is not null && j.Stage == JourneyStage.AwaitingPrimaryCare)));

    public async Task TrackAsync(JourneySummary journey)
    {
        // A redelivery after a failed write must not be acknowledged while the change is unstored.
        if (Ended.Items.TryGetValue(journey.JourneyId, out var ended) && ended.Version >= journey.Version)
        {
            await Ended.FlushAsync();
            await Active.FlushAsync();
            return;
        }
        if (Active.Items.TryGetValue(journey.JourneyId, out var known) && known.Version >= journey.Version)
        {
            await Active.FlushAsync();
            return;
        }
        if (journey.IsEnded)
        {
            Ended.Set(journey.JourneyId, new Tombstone(journey.Version, journey.UpdatedAt));
            if (Ended.Items.Count > EndedKept + EndedPruned) PruneOldest();
            var removed = Active.Remove(journey.JourneyId);
            // Tombstone first: a crash between the writes leaves the journey active until its redelivery, never resurrectable.
            await Ended.CommitAsync();
            await (removed ? Active.CommitAsync() : Active.FlushAsync());
            return;
        }
        Active.Set(journey.JourneyId, journey);
        await Active.CommitAsync();
    }

    public async Task ReportCapacityAsync(string unitId, UnitKind kind, UnitCapacity capacity)
    {
        if (S.Capacity.TryGetValue(unitId, out var known) && known.Capacity.UpdatedAt > capacity.UpdatedAt) return;
        S.Capacity[unitId] = new UnitCapacityEntry(unitId, kind, capacity);
        S.CapacityUpdatedAt = capacity.UpdatedAt;
        await Commit.CommitAsync();
        publisher.Publish(RollUp());
    }

    public Task<TerritoryCapacity> GetCapacityAsync() => Task.FromResult(RollUp());

    private TerritoryCapacity RollUp() => new()
    {
        TerritoryId = this.GetPrimaryKeyString(),
        Units = S.Capacity.Values.OrderBy(u => u.UnitId, StringComparer.Ordinal).ToArray(),
        UpdatedAt = S.CapacityUpdatedAt,
    };

    private static IReadOnlyList<JourneySummary> Sorted(IEnumerable<JourneySummary> journeys) =>
        journeys.OrderBy(j => j.DueBy ?? DateTimeOffset.MaxValue).ThenBy(j => j.CreatedAt).ToArray();
}
