using Innomed.Grains.Availability;

namespace Innomed.Grains.Availability;

/// <summary>
/// Expands a weekly template and its exceptions into concrete slots. Slots are computed, not
/// stored: a calendar persists only its template, exceptions and bookings, so a template change
/// takes effect at once and state stays small whatever the horizon.
/// </summary>
public static class SlotGenerator
{
    /// <summary>Template slots (free or not) starting in [from, to), in start order.</summary>
    public static IEnumerable<(DateTimeOffset Start, DateTimeOffset End, bool Reserved)> Expand(
        WeeklyAvailability availability, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) yield break;
        var tz = availability.TimeZone;
        // Local dates covering the range, one day of margin on each side for the offset.
        var first = DateOnly.FromDateTime(LocalTime.ToLocal(from, tz).DateTime).AddDays(-1);
        var last = DateOnly.FromDateTime(LocalTime.ToLocal(to, tz).DateTime).AddDays(1);
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            foreach (var slot in ForDate(availability, date))
                if (slot.Start >= from && slot.Start < to) yield return slot;
        }
    }

    /// <summary>The slots of one local date, in start order, without duplicates.</summary>
    public static IEnumerable<(DateTimeOffset Start, DateTimeOffset End, bool Reserved)> ForDate(
        WeeklyAvailability availability, DateOnly date)
    {
        var exceptions = availability.Exceptions.Where(e => e.Date == date).ToArray();
        var closed = exceptions.Where(e => e.Kind == AvailabilityOverrideKind.Closed).ToArray();
        if (closed.Any(c => c.Start is null)) yield break; // closed all day

        var blocks = availability.Blocks.Where(b => b.Day == date.DayOfWeek)
            .Concat(exceptions.Where(e => e.Kind == AvailabilityOverrideKind.Extra && e.Start is not null && e.End is not null)
                .Select(e => new AvailabilityBlock(date.DayOfWeek, e.Start!.Value, e.End!.Value, e.SlotMinutes ?? 15, e.ReservedForUrgent)));
        var seen = new HashSet<DateTimeOffset>();
        var slots = new List<(DateTimeOffset, DateTimeOffset, bool)>();
        foreach (var block in blocks)
        {
            var length = TimeSpan.FromMinutes(block.SlotMinutes);
            for (var t = block.Start; t.Add(length) <= block.End && t.Add(length) > t; t = t.Add(length))
            {
                var end = t.Add(length);
                if (closed.Any(c => t < c.End && end > c.Start)) continue;
                if (LocalTime.ToInstant(date, t, availability.TimeZone) is not { } start) continue; // skipped by DST
                if (seen.Add(start)) slots.Add((start, start + length, block.ReservedForUrgent));
            }
        }
        foreach (var slot in slots.OrderBy(s => s.Item1)) yield return slot;
    }
}
