using Innomed.Grains.Triage;

namespace Innomed.Grains.Epidemiology;

[GenerateSerializer, Alias("innomed.epidemiology-day-state")]
public sealed class EpidemiologyDayState
{
    /// <summary>Which category each journey counts under, at which journey version (no patient data).</summary>
    [Id(0)] public Dictionary<Guid, CountedJourney> Journeys { get; set; } = [];
    [Id(1)] public int[] Counts { get; set; } = new int[EpidemiologySeries.Categories.Count];
    /// <summary>Grows with every change; the territory grain keeps the highest it received.</summary>
    [Id(2)] public int Revision { get; set; }
}

[GenerateSerializer, Immutable, Alias("innomed.counted-journey")]
public sealed record CountedJourney([property: Id(0)] int Version, [property: Id(1)] SymptomCategory Category);
