namespace Innomed.Grains.Journeys;

/// <summary>Asks for a new step under <see cref="ParentStepId"/> (default: the primary-care step).</summary>
[GenerateSerializer, Immutable, Alias("innomed.step-request")]
public sealed record StepRequest
{
    [Id(0)] public Guid? ParentStepId { get; init; }
    [Id(1)] public StepKind Kind { get; init; } = StepKind.Referral;
    [Id(2)] public required Performer Performer { get; init; }
    [Id(3)] public required string Reason { get; init; }
    [Id(4)] public Priority Priority { get; init; } = Priority.Routine;
    [Id(5)] public DateTimeOffset? DueBy { get; init; }
    [Id(6)] public string? Note { get; init; }
}
