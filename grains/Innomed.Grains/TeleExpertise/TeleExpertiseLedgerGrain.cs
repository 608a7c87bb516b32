using Innomed.Grains.Errors;
using Microsoft.Extensions.Options;

namespace Innomed.Grains.TeleExpertise;

/// <summary>
/// A patient-year ledger. Orleans runs one call at a time per activation, so two answers for the
/// same patient cannot both take the last remunerated place: that is the cap's atomicity.
/// </summary>
public sealed class TeleExpertiseLedgerGrain(
    [PersistentState("te-ledger", GrainServices.Storage)] IPersistentState<TeleExpertiseLedgerState> state,
    IOptions<TeleExpertiseOptions> options)
    : Grain, ITeleExpertiseLedgerGrain
{
    private const int MaxClaims = 10_000;

    public async Task<TeleExpertiseClaimDecision> ClaimAsync(TeleExpertiseClaim claim)
    {
        if (state.State.Claims.TryGetValue(claim.RequestId, out var known)) return known.Decision;
        if (state.State.Claims.Count >= MaxClaims)
            throw new InvalidInputException("patient", "Too many tele-expertise answers recorded for one patient this year.");
        var decision = TeleExpertiseCap.Decide(state.State.Claims.Values, claim, options.Value.YearlyCap, options.Value.CapScope);
        state.State.Claims[claim.RequestId] = new LedgerEntry(claim.ExpertId, claim.At, decision);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Claims.Remove(claim.RequestId);
            throw;
        }
        return decision;
    }

    public async Task ReleaseAsync(Guid requestId)
    {
        if (state.State.Claims.Remove(requestId, out var entry))
        {
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                state.State.Claims[requestId] = entry;
                throw;
            }
        }
    }

    public Task<int> GetBillableCountAsync() => Task.FromResult(state.State.Claims.Values.Count(e => e.Decision.Billable));
}
