namespace Innomed.Grains;

/// <summary>Tunables of the journey grains.</summary>
public sealed class JourneyOptions
{
    /// <summary>How often a pending deadline is re-checked by its reminder (Orleans' minimum is 1 min by default).</summary>
    public TimeSpan DeadlineCheckPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// True (production): the first check is due when the deadline is. Orleans reminders count
    /// real time, so tests on a fake domain clock set this false to check every period instead.
    /// </summary>
    public bool FirstCheckAtDueTime { get; set; } = true;

    /// <summary>How long to wait before retrying index updates that failed.</summary>
    public TimeSpan IndexRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}
