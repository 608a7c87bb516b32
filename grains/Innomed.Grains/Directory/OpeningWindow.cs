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

    private static DateTimeOffset ToLocal(DateTimeOffset now, string timeZone) => LocalTime.ToLocal(now, timeZone);

    internal static bool IsEuSummerTime(DateTime utc) => LocalTime.IsEuSummerTime(utc);
}
