namespace Innomed.Grains.Directory;

/// <summary>A hospital unit (or lab, or radiology centre); key: hospital id + unit code.</summary>
[GenerateSerializer, Immutable, Alias("innomed.unit")]
public sealed record HospitalUnitProfile
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string HospitalId { get; init; }
    [Id(2)] public required string HospitalName { get; init; }
    [Id(3)] public required string Name { get; init; }
    [Id(4)] public required UnitKind Kind { get; init; }
    [Id(5)] public required string TerritoryId { get; init; }
    [Id(6)] public string? Specialty { get; init; }
    /// <summary>The unit's privileged contact point for GPs ("point de contact privilégié").</summary>
    [Id(7)] public Contact ContactPoint { get; init; } = new();
}
