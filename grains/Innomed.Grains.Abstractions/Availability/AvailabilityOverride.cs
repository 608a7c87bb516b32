namespace Innomed.Grains.Availability;

/// <summary>
/// An exception to the weekly template on one local date: closed (all day when no range) or
/// extra slots. Called "exception" in the API; named otherwise here to keep clear of
/// <see cref="System.Exception"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.availability-override")]
public sealed record AvailabilityOverride
{
    [Id(0)] public Guid Id { get; init; }
    [Id(1)] public required DateOnly Date { get; init; }
    [Id(2)] public required AvailabilityOverrideKind Kind { get; init; }
    [Id(3)] public TimeOnly? Start { get; init; }
    [Id(4)] public TimeOnly? End { get; init; }
    /// <summary>Extra slots only: their length.</summary>
    [Id(5)] public int? SlotMinutes { get; init; }
    [Id(6)] public bool ReservedForUrgent { get; init; }
    [Id(7)] public string? Note { get; init; }
}
