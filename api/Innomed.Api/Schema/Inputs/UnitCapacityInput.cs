using Innomed.Api.Schema.Capacity;

namespace Innomed.Api.Schema.Inputs;

public sealed class UnitCapacityInput
{
    public string UnitId { get; set; } = "";
    public int? BedsTotal { get; set; }
    public int? BedsOccupied { get; set; }
    public List<BedCountInput>? Beds { get; set; }
    public int ErWaiting { get; set; }
    public int ErLongestWaitMinutes { get; set; }
    public int DoctorsOnDuty { get; set; }
}
