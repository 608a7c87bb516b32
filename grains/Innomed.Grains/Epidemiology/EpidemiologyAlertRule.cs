namespace Innomed.Grains.Epidemiology;

/// <summary>
/// A category is in alert on a day when its published 7-day average reaches the threshold's minimum
/// and exceeds the previous 7 days' average by more than the threshold's ratio. Only published
/// figures are used, so an alert never reveals a suppressed count.
/// </summary>
public static class EpidemiologyAlertRule
{
    public static bool Fires(CategoryCount count, EpidemiologyThreshold threshold) =>
        count is { WeekTotal: { } week, PreviousWeekTotal: { } previous }
        && week / 7.0 >= threshold.MinDailyAverage
        && week > (1 + threshold.RiseRatio) * previous;
}
