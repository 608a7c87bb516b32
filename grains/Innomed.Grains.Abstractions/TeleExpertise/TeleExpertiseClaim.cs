namespace Innomed.Grains.TeleExpertise;

/// <summary>An answered request asking to count toward its patient's yearly cap.</summary>
[GenerateSerializer, Immutable, Alias("innomed.tele-expertise-claim")]
public sealed record TeleExpertiseClaim(
    [property: Id(0)] Guid RequestId,
    [property: Id(1)] string ExpertId,
    [property: Id(2)] DateTimeOffset At);
