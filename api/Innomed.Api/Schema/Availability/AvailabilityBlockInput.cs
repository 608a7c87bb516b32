using Innomed.Api.Schema.Inputs;
using Innomed.Grains.Availability;

namespace Innomed.Api.Schema.Availability;

public sealed class AvailabilityBlockInput
{
    public DayOfWeek Day { get; set; }
    public string Start { get; set; } = "";
    public string End { get; set; } = "";
    public int SlotMinutes { get; set; }
    public bool ReservedForUrgent { get; set; }
}
