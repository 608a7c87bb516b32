namespace Innomed.IntegrationTests.Persistence;

/// <summary>Registers a reminder and records each tick in grain storage.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan dueTime, TimeSpan period);

    Task StopAsync();

    Task<ReminderTicks> GetTicksAsync();
}
