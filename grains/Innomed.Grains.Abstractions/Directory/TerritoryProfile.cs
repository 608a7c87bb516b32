namespace Innomed.Grains.Directory;

/// <summary>A CPTS: the virtual primary-care centre a journey belongs to.</summary>
[GenerateSerializer, Immutable, Alias("innomed.territory")]
public sealed record TerritoryProfile
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public string? Region { get; init; }
    [Id(3)] public Contact OnCall { get; init; } = new();
    /// <summary>When patients may start a journey; null means <see cref="OpeningHours.Default"/>.</summary>
    [Id(4)] public OpeningHours? Hours { get; init; }
    /// <summary>The GP on call for the territory: unacknowledged critical results escalate to them.</summary>
    [Id(5)] public string? OnCallPractitionerId { get; init; }
}
