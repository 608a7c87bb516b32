namespace Innomed.Grains.Capacity;

/// <summary>Capacity history tunables (configuration section <c>Innomed:CapacityHistory</c>).</summary>
public sealed class CapacityHistoryOptions
{
    public const string Section = "Innomed:CapacityHistory";

    /// <summary>Samples older than this are purged (never fewer than 30 days are kept).</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>Samples written per statement at most.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a unit waits before sending its unwritten samples again after a failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the writer purges expired samples.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Unwritten samples a unit holds at most (oldest dropped beyond, with a warning).</summary>
    public int MaxPendingPerUnit { get; set; } = 2000;

    public int EffectiveRetentionDays => Math.Max(30, RetentionDays);
}
