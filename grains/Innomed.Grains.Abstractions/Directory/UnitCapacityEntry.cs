namespace Innomed.Grains.Directory;

[GenerateSerializer, Immutable, Alias("innomed.unit-capacity-entry")]
public sealed record UnitCapacityEntry(
    [property: Id(0)] string UnitId,
    [property: Id(1)] UnitKind Kind,
    [property: Id(2)] UnitCapacity Capacity);
