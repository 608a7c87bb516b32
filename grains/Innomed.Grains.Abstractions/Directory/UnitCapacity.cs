using Innomed.Grains.Capacity;

namespace Innomed.Grains.Directory;

/// <summary>
/// What a unit can take right now. <see cref="Beds"/> splits the beds by type (a unit may hold
/// réanimation and USI beds, say); when it is given, <see cref="BedsTotal"/> and
/// <see cref="BedsOccupied"/> are its sums. Records stored before beds had types have no
/// <see cref="Beds"/>: their totals stand alone.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.unit-capacity")]
public sealed record UnitCapacity
{
    [Id(0)] public int BedsTotal { get; init; }
    [Id(1)] public int BedsOccupied { get; init; }
    [Id(2)] public int ErWaiting { get; init; }
    [Id(3)] public int ErLongestWaitMinutes { get; init; }
    [Id(4)] public int DoctorsOnDuty { get; init; }
    [Id(5)] public DateTimeOffset UpdatedAt { get; init; }
    [Id(6)] public IReadOnlyList<BedCount> Beds { get; init; } = [];

    public int BedsFree => Math.Max(0, BedsTotal - BedsOccupied);
}
