namespace Innomed.Grains.Availability;

/// <summary>A slot held for one journey step. The performer sees these in their agenda.</summary>
[GenerateSerializer, Immutable, Alias("innomed.booking")]
public sealed record Booking
{
    [Id(0)] public required DateTimeOffset Start { get; init; }
    [Id(1)] public required DateTimeOffset End { get; init; }
    [Id(2)] public required Guid JourneyId { get; init; }
    [Id(3)] public required Guid StepId { get; init; }
    [Id(4)] public required string BookedBy { get; init; }
    [Id(5)] public required DateTimeOffset BookedAt { get; init; }
    [Id(6)] public bool ReservedForUrgent { get; init; }
}
