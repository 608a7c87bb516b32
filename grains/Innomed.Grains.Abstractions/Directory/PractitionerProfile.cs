namespace Innomed.Grains.Directory;

/// <summary>A practitioner of the directory, keyed by an RPPS-like number.</summary>
[GenerateSerializer, Immutable, Alias("innomed.practitioner")]
public sealed record PractitionerProfile
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string FamilyName { get; init; }
    [Id(2)] public required string GivenName { get; init; }
    [Id(3)] public required PractitionerRole Role { get; init; }
    [Id(4)] public string? Specialty { get; init; }
    [Id(5)] public required string TerritoryId { get; init; }
    [Id(6)] public Contact Contact { get; init; } = new();
    /// <summary>The unit a hospital doctor works in, if any.</summary>
    [Id(7)] public string? UnitId { get; init; }
}
