using Innomed.Grains.Triage;

namespace Innomed.Api.Schema.Epidemiology;

public sealed class SetEpidemiologyThresholdInput
{
    public string TerritoryId { get; set; } = "";
    public SymptomCategory Category { get; set; }
    public double MinDailyAverage { get; set; }
    public double RiseRatio { get; set; }
}
