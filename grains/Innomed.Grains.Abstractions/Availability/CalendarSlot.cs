namespace Innomed.Grains.Availability;

/// <summary>One bookable slot as others see it: when, whether it is held for urgent GP referrals, whether it is free.</summary>
[GenerateSerializer, Immutable, Alias("innomed.calendar-slot")]
public sealed record CalendarSlot(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] DateTimeOffset End,
    [property: Id(2)] bool ReservedForUrgent,
    [property: Id(3)] bool Free);
