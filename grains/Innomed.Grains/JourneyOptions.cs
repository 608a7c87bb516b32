namespace Innomed.Grains;

/// <summary>Tunables of the journey grains.</summary>
public sealed class JourneyOptions
{
    /// <summary>How often a pending deadline is re-checked by its reminder (Orleans' minimum is 1 min by default).</summary>
    public TimeSpan DeadlineCheckPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait before retrying index updates that failed.</summary>
    public TimeSpan IndexRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}
