namespace Innomed.Grains.Journeys;

/// <summary>The part of a step that worklists and feeds need; no clinical text.</summary>
[GenerateSerializer, Immutable, Alias("innomed.step-summary")]
public sealed record StepSummary(
    [property: Id(0)] Guid StepId,
    [property: Id(1)] StepKind Kind,
    [property: Id(2)] StepStatus Status,
    [property: Id(3)] Priority Priority,
    [property: Id(4)] string? RequesterId,
    [property: Id(5)] Performer? Performer,
    [property: Id(6)] DateTimeOffset? DueBy,
    [property: Id(7)] DateTimeOffset UpdatedAt)
{
    public bool IsFinal => Status is StepStatus.Completed or StepStatus.Rejected
        or StepStatus.Failed or StepStatus.Cancelled;
}
