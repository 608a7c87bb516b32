namespace Innomed.Grains.Capacity;

/// <summary>Beds of one type in a unit: how many exist and how many are taken.</summary>
[GenerateSerializer, Immutable, Alias("innomed.bed-count")]
public sealed record BedCount(
    [property: Id(0)] BedType Type,
    [property: Id(1)] int Total,
    [property: Id(2)] int Occupied)
{
    public int Free => Math.Max(0, Total - Occupied);
}
