namespace Innomed.Grains.Epidemiology;

/// <summary>
/// A territory's pre-aggregated triage counts per local day and category, the derived series
/// (7-day rolling average, week over week) with small counts suppressed, and the alerts.
/// </summary>
[Alias("innomed.IEpidemiologyGrain")]
public interface IEpidemiologyGrain : IGrainWithStringKey
{
    /// <summary>A day grain's counts at its revision; older revisions are ignored.</summary>
    [Alias("apply-day")] Task ApplyDayAsync(DateOnly day, int revision, IReadOnlyList<int> counts);

    /// <summary>Days from..to (local dates, inclusive; default: the 28 days ending today), suppressed; at most 366 days.</summary>
    [Alias("report"), ReadOnly] Task<EpidemiologyReport> GetReportAsync(DateOnly? from, DateOnly? to);

    [Alias("alerts"), ReadOnly] Task<IReadOnlyList<EpidemiologyAlert>> GetActiveAlertsAsync();

    /// <summary>Overrides the alert threshold of one category (null values: back to the configured default).</summary>
    [Alias("set-threshold")] Task<EpidemiologyThreshold> SetThresholdAsync(EpidemiologyThreshold threshold);

    [Alias("thresholds"), ReadOnly] Task<IReadOnlyList<EpidemiologyThreshold>> GetThresholdsAsync();
}
