namespace Innomed.Grains.Availability;

/// <summary>
/// One block of a weekly template, in the calendar's local time: consecutive slots of
/// <see cref="SlotMinutes"/> from <see cref="Start"/> to <see cref="End"/>. Reserved blocks are
/// held for urgent GP referrals (the seed documents' "créneaux réservés aux généralistes").
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.availability-block")]
public sealed record AvailabilityBlock(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] TimeOnly Start,
    [property: Id(2)] TimeOnly End,
    [property: Id(3)] int SlotMinutes,
    [property: Id(4)] bool ReservedForUrgent = false);
