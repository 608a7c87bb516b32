namespace Innomed.Grains;

/// <summary>
/// Converts between instants and a territory's wall-clock time. Minimal machines may lack tzdata;
/// for Europe/Paris (every CPTS in metropolitan France) the EU rule is applied by hand then:
/// UTC+1, +2 from the last Sunday of March to the last Sunday of October, switching at 01:00 UTC.
/// </summary>
public static class LocalTime
{
    public static DateTimeOffset ToLocal(DateTimeOffset instant, string timeZone) =>
        Zone(timeZone) is { } zone
            ? TimeZoneInfo.ConvertTime(instant, zone)
            : instant.ToOffset(TimeSpan.FromHours(IsEuSummerTime(instant.UtcDateTime) ? 2 : 1));

    /// <summary>
    /// The instant of a wall-clock time; null when the clock skips it (spring-forward gap).
    /// An ambiguous time (autumn fall-back) is taken at its first occurrence.
    /// </summary>
    public static DateTimeOffset? ToInstant(DateOnly date, TimeOnly time, string timeZone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone(timeZone) is { } zone)
        {
            if (zone.IsInvalidTime(local)) return null;
            var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
            return new DateTimeOffset(local, offset);
        }
        foreach (var hours in new[] { 2, 1 }) // summer first: the first occurrence of an ambiguous time
        {
            var candidate = new DateTimeOffset(local, TimeSpan.FromHours(hours));
            if (IsEuSummerTime(candidate.UtcDateTime) == (hours == 2)) return candidate;
        }
        return null;
    }

    /// <summary>Whether a zone id is known here (Europe/Paris always is).</summary>
    public static bool IsKnown(string timeZone)
    {
        if (timeZone == "Europe/Paris") return true;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZone) is not null;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }

    internal static bool IsEuSummerTime(DateTime utc)
    {
        var start = LastSunday(utc.Year, 3).AddHours(1);
        var end = LastSunday(utc.Year, 10).AddHours(1);
        return utc >= start && utc < end;
    }

    private static TimeZoneInfo? Zone(string timeZone)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (TimeZoneNotFoundException) when (timeZone == "Europe/Paris")
        {
            return null;
        }
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
