namespace Innomed.Grains.TeleExpertise;

/// <summary>One answered request in a patient-year ledger, with the decision it got.</summary>
[GenerateSerializer, Immutable, Alias("innomed.tele-expertise-ledger-entry")]
public sealed record LedgerEntry(
    [property: Id(0)] string ExpertId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] TeleExpertiseClaimDecision Decision);
