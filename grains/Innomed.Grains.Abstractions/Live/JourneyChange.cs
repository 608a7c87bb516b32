using Innomed.Grains.Journeys;

namespace Innomed.Grains.Live;

/// <summary>A persisted journey event with the journey as it stood right after it.</summary>
[GenerateSerializer, Immutable, Alias("innomed.journey-change")]
public sealed record JourneyChange([property: Id(0)] JourneyEvent Event, [property: Id(1)] JourneySnapshot Journey);
