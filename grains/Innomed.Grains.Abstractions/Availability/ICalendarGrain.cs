using Innomed.Grains.Journeys;

namespace Innomed.Grains.Availability;

/// <summary>
/// The slots of one performer (key from <see cref="Calendars.Key"/>). Booking happens inside this
/// one grain, one call at a time, which is what makes it atomic: of many concurrent requests for
/// a slot exactly one wins, the others get SLOT_UNAVAILABLE.
/// </summary>
[Alias("innomed.ICalendarGrain")]
public interface ICalendarGrain : IGrainWithStringKey
{
    [Alias("availability"), ReadOnly] Task<WeeklyAvailability> GetAvailabilityAsync();

    /// <summary>Replaces the weekly template (bookings already made are kept). The performer or an admin.</summary>
    [Alias("set-template")] Task<WeeklyAvailability> SetWeeklyTemplateAsync(string timeZone, IReadOnlyList<AvailabilityBlock> blocks, Actor actor);

    [Alias("add-exception")] Task<WeeklyAvailability> AddExceptionAsync(AvailabilityOverride exception, Actor actor);

    [Alias("remove-exception")] Task<WeeklyAvailability> RemoveExceptionAsync(Guid exceptionId, Actor actor);

    /// <summary>Slots starting in [from, to) and after now; at most 31 days. Taken slots only when asked.</summary>
    [Alias("slots"), ReadOnly] Task<IReadOnlyList<CalendarSlot>> GetSlotsAsync(DateTimeOffset from, DateTimeOffset to, bool includeTaken);

    /// <summary>The first free slot starting within <paramref name="within"/> from now (at most 60 days); reserved ones only when asked.</summary>
    [Alias("next-free"), ReadOnly] Task<CalendarSlot?> FindNextFreeAsync(bool includeReserved, TimeSpan within);

    [Alias("book")] Task<Booking> BookAsync(BookingRequest request);

    /// <summary>Frees every slot the step holds except the one starting at <paramref name="keep"/>. Idempotent.</summary>
    [Alias("release")] Task ReleaseAsync(Guid journeyId, Guid stepId, DateTimeOffset? keep);

    /// <summary>The performer's bookings starting in [from, to); at most 31 days.</summary>
    [Alias("bookings"), ReadOnly] Task<IReadOnlyList<Booking>> GetBookingsAsync(DateTimeOffset from, DateTimeOffset to);
}
