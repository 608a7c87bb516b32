using Innomed.Grains.Directory;

namespace Innomed.Grains.TeleExpertise;

/// <summary>Dates as the Assurance Maladie counts them: calendar days in Paris, not UTC.</summary>
public static class FrenchCalendar
{
    public static DateTime Local(DateTimeOffset instant)
    {
        try
        {
            return TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime;
        }
        catch (TimeZoneNotFoundException)
        {
            // Minimal machines may lack tzdata: the EU rule, as the opening window does.
            return instant.ToOffset(TimeSpan.FromHours(OpeningWindow.IsEuSummerTime(instant.UtcDateTime) ? 2 : 1)).DateTime;
        }
    }

    public static int Year(DateTimeOffset instant) => Local(instant).Year;

    /// <summary>The statement month, <c>yyyy-MM</c>.</summary>
    public static string Month(DateTimeOffset instant) => Local(instant).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
