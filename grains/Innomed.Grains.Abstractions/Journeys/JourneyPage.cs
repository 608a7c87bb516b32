namespace Innomed.Grains.Journeys;

/// <summary>A slice of a journey's timeline.</summary>
[GenerateSerializer, Immutable, Alias("innomed.journey-page")]
public sealed record JourneyEventPage(
    [property: Id(0)] IReadOnlyList<JourneyEvent> Events,
    [property: Id(1)] int CurrentVersion);
