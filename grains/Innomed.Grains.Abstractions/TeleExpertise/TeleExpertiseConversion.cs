using Innomed.Grains.Journeys;

namespace Innomed.Grains.TeleExpertise;

/// <summary>The expert turns a question into a referral: the patient needs to be seen.</summary>
[GenerateSerializer, Immutable, Alias("innomed.tele-expertise-conversion")]
public sealed record TeleExpertiseConversion
{
    [Id(0)] public required Guid StepId { get; init; }
    /// <summary>Why the patient must be seen (required).</summary>
    [Id(1)] public required string Reason { get; init; }
    /// <summary>Who sees the patient; default: the expert who converts.</summary>
    [Id(2)] public Performer? Performer { get; init; }
    /// <summary>Default: the tele-expertise request's priority.</summary>
    [Id(3)] public Priority? Priority { get; init; }
    [Id(4)] public string? Note { get; init; }
}
