namespace Innomed.Grains.TeleExpertise;

/// <summary>Grain keys of the tele-expertise read models, shared by the journeys and the gateway.</summary>
public static class TeleExpertiseKeys
{
    /// <summary>A practitioner's statement of one month (<c>yyyy-MM</c>, Paris time).</summary>
    public static string Statement(string practitionerId, string month) => $"{practitionerId}/{month}";

    /// <summary>True for a well-formed month (<c>yyyy-MM</c>) between 2000-01 and 2999-12.</summary>
    public static bool IsMonth(string? month) =>
        month is { Length: 7 } && month[4] == '-'
        && int.TryParse(month.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
        && int.TryParse(month.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
        && y is >= 2000 and <= 2999 && m is >= 1 and <= 12;
}
