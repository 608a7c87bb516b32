namespace Innomed.Grains.TeleExpertise;

/// <summary>The two acts an answer records, from the configured tariff and the ledger's decision.</summary>
public static class TeleExpertiseTariff
{
    public static IReadOnlyList<RemuneratedAct> Acts(TeleExpertiseOptions options, string expertId, string requesterId,
        TeleExpertiseClaimDecision decision) =>
    [
        new(BillingRole.Expert, expertId, options.ExpertActCode, options.ExpertActAmount, decision.Billable, decision.Reason, decision.Rank),
        new(BillingRole.Requester, requesterId, options.RequesterActCode, options.RequesterActAmount, decision.Billable, decision.Reason, decision.Rank),
    ];
}
