namespace Innomed.Grains.TeleExpertise;

/// <summary>A practitioner's monthly statement, a read model the journeys feed idempotently.</summary>
public sealed class TeleExpertiseStatementGrain(
    [PersistentState("te-statement", GrainServices.Storage)] IPersistentState<TeleExpertiseStatementState> state)
    : Grain, ITeleExpertiseStatementGrain
{
    public async Task RecordAsync(StatementLine line)
    {
        var key = $"{line.RequestId:N}:{line.Role}";
        if (state.State.Lines.TryGetValue(key, out var known) && known == line) return;
        state.State.Lines[key] = line;
        await state.WriteStateAsync();
    }

    public Task<TeleExpertiseStatement> GetAsync()
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.LastIndexOf('/');
        var lines = state.State.Lines.Values
            .OrderBy(l => l.AnsweredAt).ThenBy(l => l.RequestId).ThenBy(l => l.Role)
            .ToArray();
        return Task.FromResult(new TeleExpertiseStatement(key[..Math.Max(slash, 0)], key[(slash + 1)..], lines));
    }
}
