using Innomed.Grains.Journeys;

namespace Innomed.Grains.Capacity;

/// <summary>Parses, checks and applies a bulk capacity CSV (stateless worker).</summary>
[Alias("innomed.ICapacityImportGrain")]
public interface ICapacityImportGrain : IGrainWithIntegerKey
{
    [Alias("import")] Task<CapacityImportResult> ImportAsync(string csv, Actor actor);
}
