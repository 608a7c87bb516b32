using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

/// <summary>
/// A territory (CPTS): members, the queue of journeys awaiting a GP, the overdue list, the
/// emergency queue, and the roll-up of its units' capacity.
/// </summary>
[Alias("innomed.ITerritoryGrain")]
public interface ITerritoryGrain : IGrainWithStringKey
{
    [Alias("register")] Task RegisterAsync(TerritoryProfile profile);
    [Alias("profile"), ReadOnly] Task<TerritoryProfile?> GetProfileAsync();
    /// <summary>Names the GP on call (a GP of the territory), or nobody.</summary>
    [Alias("set-on-call")] Task<TerritoryProfile> SetOnCallAsync(string? practitionerId);
    [Alias("add-practitioner")] Task AddPractitionerAsync(string practitionerId);
    [Alias("add-unit")] Task AddUnitAsync(string unitId, UnitKind kind);
    [Alias("members"), ReadOnly] Task<TerritoryMembers> GetMembersAsync();

    /// <summary>Journeys of the territory not yet ended, filtered by stage when given; due soonest first.</summary>
    [Alias("active"), ReadOnly] Task<IReadOnlyList<JourneySummary>> GetActiveJourneysAsync(JourneyStage? stage);
    [Alias("overdue"), ReadOnly] Task<IReadOnlyList<JourneySummary>> GetOverdueAsync();
    [Alias("track"), AlwaysInterleave] Task TrackAsync(JourneySummary journey); // interleaved: updates share writes (GroupCommit)

    [Alias("report-capacity")] Task ReportCapacityAsync(string unitId, UnitKind kind, UnitCapacity capacity);
    [Alias("capacity"), ReadOnly] Task<TerritoryCapacity> GetCapacityAsync();
}
