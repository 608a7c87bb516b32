namespace Innomed.Grains.TeleExpertise;

/// <summary>
/// One patient's remunerated tele-expertise answers in one calendar year (key
/// <c>{patientKey}:{year}</c>, the patient key never being the INS itself). One activation per
/// key handles one claim at a time, which is what makes the yearly cap hold under concurrency.
/// </summary>
[Alias("innomed.ITeleExpertiseLedgerGrain")]
public interface ITeleExpertiseLedgerGrain : IGrainWithStringKey
{
    /// <summary>Decides and records; asking again for the same request returns the same decision.</summary>
    [Alias("claim")] Task<TeleExpertiseClaimDecision> ClaimAsync(TeleExpertiseClaim claim);

    /// <summary>Forgets a claim whose answer could not be stored, so it does not use up the cap.</summary>
    [Alias("release")] Task ReleaseAsync(Guid requestId);

    /// <summary>How many answers of the year are billable so far.</summary>
    [Alias("billable-count"), ReadOnly] Task<int> GetBillableCountAsync();
}
