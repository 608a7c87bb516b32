using Innomed.Grains.Capacity;

namespace Innomed.Grains.Directory;

/// <summary>The territory's roll-up of its units' capacity.</summary>
[GenerateSerializer, Immutable, Alias("innomed.territory-capacity")]
public sealed record TerritoryCapacity
{
    [Id(0)] public required string TerritoryId { get; init; }
    [Id(1)] public required IReadOnlyList<UnitCapacityEntry> Units { get; init; }
    [Id(2)] public required DateTimeOffset UpdatedAt { get; init; }

    public int BedsTotal => Units.Sum(u => u.Capacity.BedsTotal);
    public int BedsOccupied => Units.Sum(u => u.Capacity.BedsOccupied);
    public int ErWaiting => Units.Sum(u => u.Capacity.ErWaiting);
    public int DoctorsOnDuty => Units.Sum(u => u.Capacity.DoctorsOnDuty);

    /// <summary>Beds by type over every unit that publishes them by type, in <see cref="BedType"/> order.</summary>
    public IReadOnlyList<BedCount> Beds => Units
        .SelectMany(u => u.Capacity.Beds)
        .GroupBy(b => b.Type)
        .OrderBy(g => g.Key)
        .Select(g => new BedCount(g.Key, g.Sum(b => b.Total), g.Sum(b => b.Occupied)))
        .ToArray();
}
