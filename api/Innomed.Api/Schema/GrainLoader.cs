using System.Collections.Concurrent;
using Innomed.Grains.Directory;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema;

/// <summary>
/// Per-request loader (scoped): each journey, practitioner or unit is fetched once per request,
/// however many fields point at it, and sibling fields load concurrently (graphql-dotnet runs
/// query fields in parallel), so a list never costs one sequential grain call per item.
/// GraphQL.DataLoader is not in our registry; this is the part of it we need.
/// </summary>
public sealed class GrainLoader(IGrainFactory grains)
{
    // Created on first use: one loader per request, and most requests use one of them or none.
    private ConcurrentDictionary<Guid, Task<JourneySnapshot?>>? _journeys;
    private ConcurrentDictionary<string, Task<PractitionerProfile?>>? _practitioners;
    private ConcurrentDictionary<string, Task<HospitalUnitProfile?>>? _units;

    private ConcurrentDictionary<Guid, Task<JourneySnapshot?>> Journeys => LazyInitializer.EnsureInitialized(ref _journeys);

    public Task<JourneySnapshot?> JourneyAsync(Guid id) =>
        Journeys.GetOrAdd(id, key => grains.Get<IJourneyGrain>(key).GetAsync());

    public async Task<IReadOnlyList<JourneySnapshot>> JourneysAsync(IEnumerable<Guid> ids)
    {
        var loaded = await Task.WhenAll(ids.Select(JourneyAsync));
        return loaded.OfType<JourneySnapshot>().ToArray();
    }

    public Task<PractitionerProfile?> PractitionerAsync(string id) =>
        LazyInitializer.EnsureInitialized(ref _practitioners).GetOrAdd(id, key => grains.Get<IPractitionerGrain>(key).GetProfileAsync());

    public Task<HospitalUnitProfile?> UnitAsync(string id) =>
        LazyInitializer.EnsureInitialized(ref _units).GetOrAdd(id, key => grains.Get<IHospitalUnitGrain>(key).GetProfileAsync());

    /// <summary>Seeds the cache with what a mutation just returned, so its payload needs no extra call.</summary>
    public void Prime(JourneySnapshot journey) => Journeys[journey.Id] = Task.FromResult<JourneySnapshot?>(journey);
}
