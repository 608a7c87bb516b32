namespace Innomed.IntegrationTests.Persistence;

public sealed class PersistenceProbeGrain(
    [PersistentState("probe", "innomed")] IPersistentState<ProbeState> probe,
    // No storage name: must land in the default storage, which UseInnomedStorage points at "innomed".
    [PersistentState("counter")] IPersistentState<CounterState> counter) : Grain, IPersistenceProbeGrain
{
    public async Task RecordAsync(string text, int number)
    {
        probe.State.Text = text;
        probe.State.Number = number;
        probe.State.History.Add($"{text}:{number}");
        probe.State.UpdatedUtc = DateTime.UtcNow;
        await probe.WriteStateAsync();

        counter.State.Writes++;
        await counter.WriteStateAsync();
    }

    public Task<ProbeSnapshot> GetAsync() => Task.FromResult(new ProbeSnapshot(
        probe.State.Text, probe.State.Number, [.. probe.State.History], probe.Etag, counter.State.Writes, probe.RecordExists));
}
