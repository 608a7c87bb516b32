namespace Innomed.IntegrationTests.Persistence;

public sealed class ReminderProbeGrain(
    [PersistentState("ticks", "innomed")] IPersistentState<ReminderProbeState> ticks) : Grain, IReminderProbeGrain, IRemindable
{
    private const string ReminderName = "probe";

    public Task StartAsync(TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    public async Task StopAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<ReminderTicks> GetTicksAsync() => Task.FromResult(new ReminderTicks(ticks.State.Ticks, ticks.State.LastTickUtc));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ticks.State.Ticks++;
        ticks.State.LastTickUtc = DateTime.UtcNow;
        await ticks.WriteStateAsync();
    }
}
