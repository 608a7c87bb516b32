namespace Innomed.Grains.TeleExpertise;

/// <summary>Whether an answered request is remunerated, and why not when it is not.</summary>
[GenerateSerializer, Immutable, Alias("innomed.tele-expertise-claim-decision")]
public sealed record TeleExpertiseClaimDecision(
    [property: Id(0)] bool Billable,
    [property: Id(1)] int Rank,
    [property: Id(2)] string? Reason);
