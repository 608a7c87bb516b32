namespace Innomed.Grains.Journeys;

/// <summary>A booked time range for a step (consultation, exam, admission).</summary>
[GenerateSerializer, Immutable, Alias("innomed.slot")]
public sealed record Slot([property: Id(0)] DateTimeOffset Start, [property: Id(1)] DateTimeOffset End);
