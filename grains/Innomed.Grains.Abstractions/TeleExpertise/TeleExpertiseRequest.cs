using Innomed.Grains.Journeys;

namespace Innomed.Grains.TeleExpertise;

/// <summary>A GP's question to an expert, added to the journey as a TELE_EXPERTISE step.</summary>
[GenerateSerializer, Immutable, Alias("innomed.tele-expertise-request")]
public sealed record TeleExpertiseRequest
{
    [Id(0)] public required string ExpertId { get; init; }
    [Id(1)] public required string Question { get; init; }
    [Id(2)] public IReadOnlyList<DocumentReference> Attachments { get; init; } = [];
    [Id(3)] public Priority Priority { get; init; } = Priority.Routine;
    /// <summary>Default: the request time plus the delay configured for the priority.</summary>
    [Id(4)] public DateTimeOffset? DueBy { get; init; }
    /// <summary>Default: the primary-care step.</summary>
    [Id(5)] public Guid? ParentStepId { get; init; }
}
