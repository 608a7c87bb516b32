namespace Innomed.Grains.Labs;

/// <summary>Tunables of lab alerts (configuration section <see cref="Section"/>).</summary>
public sealed class LabOptions
{
    public const string Section = "Innomed:Labs";

    /// <summary>How long the ordering practitioner has to acknowledge a critical result before it goes to the on-call GP.</summary>
    public TimeSpan AlertEscalationDelay { get; set; } = TimeSpan.FromMinutes(30);
}
