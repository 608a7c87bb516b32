namespace Innomed.Grains.Capacity;

/// <summary>The width of one point of a capacity chart.</summary>
public enum CapacityBucket
{
    FifteenMinutes,
    Hour,
    SixHours,
    Day,
}
