using Innomed.Grains.Availability;

namespace Innomed.Grains.Availability;

/// <summary>A performer's calendar as persisted: what they publish and what is booked (by slot start).</summary>
[GenerateSerializer, Alias("innomed.calendar-state")]
public sealed class CalendarState
{
    [Id(0)] public WeeklyAvailability Availability { get; set; } = new();
    [Id(1)] public Dictionary<DateTimeOffset, Booking> Bookings { get; set; } = [];
    [Id(2)] public int Version { get; set; }
}
