namespace Innomed.Grains.TeleExpertise;

/// <summary>The yearly cap rule, free of Orleans: the ledger grain applies it one claim at a time.</summary>
public static class TeleExpertiseCap
{
    public static TeleExpertiseClaimDecision Decide(IEnumerable<LedgerEntry> recorded, TeleExpertiseClaim claim,
        int cap, TeleExpertiseCapScope scope)
    {
        var counted = recorded.Count(e => e.Decision.Billable
            && (scope == TeleExpertiseCapScope.Patient || e.ExpertId == claim.ExpertId));
        if (counted < cap) return new TeleExpertiseClaimDecision(true, counted + 1, null);
        var whom = scope == TeleExpertiseCapScope.Patient ? "this patient" : "this patient and this expert";
        return new TeleExpertiseClaimDecision(false, counted + 1,
            $"YEARLY_CAP: {cap} remunerated tele-expertise answers already recorded for {whom} this calendar year.");
    }
}
