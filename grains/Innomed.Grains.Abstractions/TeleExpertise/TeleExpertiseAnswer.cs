namespace Innomed.Grains.TeleExpertise;

/// <summary>The expert's answer to a tele-expertise request.</summary>
[GenerateSerializer, Immutable, Alias("innomed.tele-expertise-answer")]
public sealed record TeleExpertiseAnswer
{
    [Id(0)] public required Guid StepId { get; init; }
    [Id(1)] public required string Answer { get; init; }
    [Id(2)] public IReadOnlyList<DocumentReference> Attachments { get; init; } = [];
}
