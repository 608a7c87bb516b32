namespace Innomed.Grains.Directory;

/// <summary>What a unit can take right now.</summary>
[GenerateSerializer, Immutable, Alias("innomed.unit-capacity")]
public sealed record UnitCapacity
{
    [Id(0)] public int BedsTotal { get; init; }
    [Id(1)] public int BedsOccupied { get; init; }
    [Id(2)] public int ErWaiting { get; init; }
    [Id(3)] public int ErLongestWaitMinutes { get; init; }
    [Id(4)] public int DoctorsOnDuty { get; init; }
    [Id(5)] public DateTimeOffset UpdatedAt { get; init; }

    public int BedsFree => Math.Max(0, BedsTotal - BedsOccupied);
}
