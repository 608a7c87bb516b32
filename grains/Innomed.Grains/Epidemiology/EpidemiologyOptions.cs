namespace Innomed.Grains.Epidemiology;

/// <summary>Epidemiology tunables (configuration section <c>Innomed:Epidemiology</c>); see docs/epidemiology.md.</summary>
public sealed class EpidemiologyOptions
{
    public const string Section = "Innomed:Epidemiology";

    /// <summary>k of k-anonymity: published counts are 0 or at least k; 1..k-1 are suppressed.</summary>
    public int SuppressionThreshold { get; set; } = 5;

    /// <summary>Default alert rule: the 7-day average per day must reach this…</summary>
    public double MinDailyAverage { get; set; } = 3;

    /// <summary>…and exceed the previous 7 days' average by this fraction (0.5: +50 %).</summary>
    public double RiseRatio { get; set; } = 0.5;

    /// <summary>Alerts are raised for changes to today or yesterday (local), not while history is backfilled.</summary>
    public int AlertLookbackDays { get; set; } = 1;

    /// <summary>Days of counts kept per territory.</summary>
    public int RetentionDays { get; set; } = 730;

    /// <summary>The territories' wall clock: a journey counts on the local day of its first triage.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";
}
