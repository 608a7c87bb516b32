namespace Innomed.Grains.Availability;

/// <summary>What a performer publishes: a weekly template and its dated exceptions, in a time zone.</summary>
[GenerateSerializer, Immutable, Alias("innomed.weekly-availability")]
public sealed record WeeklyAvailability
{
    [Id(0)] public string TimeZone { get; init; } = "Europe/Paris";
    [Id(1)] public IReadOnlyList<AvailabilityBlock> Blocks { get; init; } = [];
    [Id(2)] public IReadOnlyList<AvailabilityOverride> Exceptions { get; init; } = [];
}
