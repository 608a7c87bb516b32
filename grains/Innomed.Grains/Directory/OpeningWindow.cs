using Innomed.Grains.Directory;

namespace Innomed.Grains.Directory;

/// <summary>Whether a territory is open at an instant, in its own local time.</summary>
public static class OpeningWindow
{
    public static bool IsOpen(OpeningHours? hours, DateTimeOffset now)
    {
        var h = hours ?? OpeningHours.Default;
        if (h.Opens == h.Closes) return true; // same opening and closing time: open around the clock
        var local = TimeOnly.FromDateTime(ToLocal(now, h.TimeZone).DateTime);
        return h.Opens <= h.Closes
            ? local >= h.Opens && local < h.Closes
            : local >= h.Opens || local < h.Closes; // a window across midnight
    }

    private static DateTimeOffset ToLocal(DateTimeOffset now, string timeZone)
    {
        try
        {
            return TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(timeZone));
        }
        catch (TimeZoneNotFoundException) when (timeZone == "Europe/Paris")
        {
            // Minimal machines may lack tzdata; Paris follows the EU rule (UTC+1, +2 from the last
            // Sunday of March to the last Sunday of October, switching at 01:00 UTC).
            return now.ToOffset(TimeSpan.FromHours(IsEuSummerTime(now.UtcDateTime) ? 2 : 1));
        }
    }

    internal static bool IsEuSummerTime(DateTime utc)
    {
        var start = LastSunday(utc.Year, 3).AddHours(1);
        var end = LastSunday(utc.Year, 10).AddHours(1);
        return utc >= start && utc < end;
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
