using Innomed.Grains.Triage;

namespace Innomed.Grains.Epidemiology;

/// <summary>
/// One category on one day, as published: counts from 1 to k-1 are suppressed (null), and every
/// value derived from a suppressed count is withheld too (null), so nothing can be differenced back.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.category-count")]
public sealed record CategoryCount
{
    /// <summary>Null for the day's total.</summary>
    [Id(0)] public SymptomCategory? Category { get; init; }
    [Id(1)] public int? Count { get; init; }
    [Id(2)] public bool Suppressed { get; init; }
    /// <summary>Mean per day over the 7 days ending here; null when one of them is suppressed.</summary>
    [Id(3)] public double? RollingAverage7 { get; init; }
    [Id(4)] public int? WeekTotal { get; init; }
    [Id(5)] public int? PreviousWeekTotal { get; init; }
    /// <summary>(week - previous week) / previous week; null when either is withheld or the previous week is 0.</summary>
    [Id(6)] public double? WeekOverWeekChange { get; init; }
}
