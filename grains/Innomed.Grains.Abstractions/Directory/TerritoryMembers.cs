namespace Innomed.Grains.Directory;

/// <summary>Who belongs to a territory.</summary>
[GenerateSerializer, Immutable, Alias("innomed.territory-members")]
public sealed record TerritoryMembers(
    [property: Id(0)] IReadOnlyList<string> PractitionerIds,
    [property: Id(1)] IReadOnlyList<string> UnitIds);
