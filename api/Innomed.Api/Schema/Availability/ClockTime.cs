using System.Globalization;
using Innomed.Grains.Errors;

namespace Innomed.Api.Schema.Availability;

/// <summary>Wall-clock times travel as "HH:mm" strings: what people type, and unambiguous across clients.</summary>
public static class ClockTime
{
    public static TimeOnly Parse(string? value, string field) =>
        TimeOnly.TryParseExact(value, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidInputException(field, $"'{field}' must be a time of day as HH:mm (e.g. 09:30).");

    public static TimeOnly? ParseOptional(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null : Parse(value, field);

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
