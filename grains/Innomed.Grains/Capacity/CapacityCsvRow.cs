namespace Innomed.Grains.Capacity;

/// <summary>One parsed data row of a capacity CSV (row number as the user counts: the header is row 1).</summary>
public sealed record CapacityCsvRow(
    int Row,
    string UnitId,
    BedType? BedType,
    int? BedsTotal,
    int? BedsOccupied,
    int? ErWaiting,
    int? ErLongestWaitMinutes,
    int? DoctorsOnDuty);
