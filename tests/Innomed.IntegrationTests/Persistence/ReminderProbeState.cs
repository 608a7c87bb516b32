namespace Innomed.IntegrationTests.Persistence;

[GenerateSerializer, Alias("Innomed.IntegrationTests.ReminderProbeState")]
public sealed class ReminderProbeState
{
    [Id(0)] public int Ticks { get; set; }
    [Id(1)] public DateTime? LastTickUtc { get; set; }
}
