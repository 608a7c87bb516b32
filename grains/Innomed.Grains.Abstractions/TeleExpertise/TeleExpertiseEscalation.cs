namespace Innomed.Grains.TeleExpertise;

/// <summary>An unanswered request passed on at its due-by; <see cref="ToExpertId"/> null: nobody else to ask.</summary>
[GenerateSerializer, Immutable, Alias("innomed.tele-expertise-escalation")]
public sealed record TeleExpertiseEscalation(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string FromExpertId,
    [property: Id(2)] string? ToExpertId,
    [property: Id(3)] DateTimeOffset? DueBy);
