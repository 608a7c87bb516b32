using Innomed.Grains.Triage;

namespace Innomed.Grains.Epidemiology;

[GenerateSerializer, Alias("innomed.epidemiology-state")]
public sealed class EpidemiologyState
{
    /// <summary>Raw counts per local day (index: category) and the day grain's revision they came with.</summary>
    [Id(0)] public SortedDictionary<DateOnly, DayCounts> Days { get; set; } = [];
    [Id(1)] public Dictionary<SymptomCategory, EpidemiologyAlert> ActiveAlerts { get; set; } = [];
    [Id(2)] public Dictionary<SymptomCategory, EpidemiologyThreshold> Thresholds { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("innomed.day-counts")]
public sealed record DayCounts([property: Id(0)] int Revision, [property: Id(1)] int[] Counts);
