using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

/// <summary>A hospital unit, lab or radiology centre: profile, capacity, incoming steps, tracked journeys.</summary>
[Alias("innomed.IHospitalUnitGrain")]
public interface IHospitalUnitGrain : IGrainWithStringKey
{
    [Alias("register")] Task RegisterAsync(HospitalUnitProfile profile);
    [Alias("profile"), ReadOnly] Task<HospitalUnitProfile?> GetProfileAsync();
    [Alias("update-capacity")] Task<UnitCapacity> UpdateCapacityAsync(UnitCapacity capacity);
    [Alias("capacity"), ReadOnly] Task<UnitCapacity?> GetCapacityAsync();
    [Alias("incoming"), ReadOnly] Task<IReadOnlyList<WorkItem>> GetIncomingAsync();
    [Alias("journeys"), ReadOnly] Task<IReadOnlyList<JourneySummary>> GetJourneysAsync();
    [Alias("track"), AlwaysInterleave] Task TrackAsync(JourneySummary journey); // interleaved: updates share writes (GroupCommit)
}
