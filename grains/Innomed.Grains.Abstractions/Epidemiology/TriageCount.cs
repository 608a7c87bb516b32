using Innomed.Grains.Triage;

namespace Innomed.Grains.Epidemiology;

/// <summary>
/// What a journey tells the epidemiology counters: its latest category, counted on the territory's
/// local day of its first triage. Sent again with every journey version; the counter keeps the
/// highest version per journey, so redelivery and re-triage never count a journey twice.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.triage-count")]
public sealed record TriageCount(
    [property: Id(0)] Guid JourneyId,
    [property: Id(1)] int Version,
    [property: Id(2)] SymptomCategory Category);
