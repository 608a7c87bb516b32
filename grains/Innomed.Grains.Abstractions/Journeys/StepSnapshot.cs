using Innomed.Grains.TeleExpertise;

namespace Innomed.Grains.Journeys;

/// <summary>One node of the journey tree as seen from outside the grain.</summary>
[GenerateSerializer, Immutable, Alias("innomed.step")]
public sealed record StepSnapshot
{
    [Id(0)] public required Guid Id { get; init; }
    [Id(1)] public Guid? ParentId { get; init; }
    [Id(2)] public required StepKind Kind { get; init; }
    [Id(3)] public required StepStatus Status { get; init; }
    [Id(4)] public Priority Priority { get; init; }
    [Id(5)] public string? RequesterId { get; init; }
    [Id(6)] public Performer? Performer { get; init; }
    [Id(7)] public string? Reason { get; init; }
    [Id(8)] public DateTimeOffset? DueBy { get; init; }
    [Id(9)] public IReadOnlyList<StepNote> Notes { get; init; } = [];
    [Id(10)] public string? Report { get; init; }
    [Id(11)] public string? StatusReason { get; init; }
    [Id(12)] public Slot? Slot { get; init; }
    [Id(13)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(14)] public required DateTimeOffset UpdatedAt { get; init; }
    [Id(15)] public DateTimeOffset? CompletedAt { get; init; }
    [Id(16)] public IReadOnlyList<StepAction> PermittedActions { get; init; } = [];
    [Id(17)] public string? Alternative { get; init; }
    [Id(18)] public Performer? SuggestedPerformer { get; init; }
    [Id(19)] public TeleExpertiseDetails? TeleExpertise { get; init; }
    [Id(20)] public Labs.LabDetails? Lab { get; init; }

    public bool IsFinal => Status is StepStatus.Completed or StepStatus.Rejected
        or StepStatus.Failed or StepStatus.Cancelled;
}
