using System.Globalization;

namespace Innomed.Grains.TeleExpertise;

/// <summary>Dates as the Assurance Maladie counts them: calendar days in Paris, not UTC.</summary>
public static class FrenchCalendar
{
    public static DateTime Local(DateTimeOffset instant) => LocalTime.ToLocal(instant, "Europe/Paris").DateTime;

    public static int Year(DateTimeOffset instant) => Local(instant).Year;

    /// <summary>The statement month, <c>yyyy-MM</c>.</summary>
    public static string Month(DateTimeOffset instant) => Local(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
