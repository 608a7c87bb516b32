namespace Innomed.Grains.Journeys;

/// <summary>A patient journey as seen from outside the grain: the stage, the tree, the deadlines.</summary>
[GenerateSerializer, Immutable, Alias("innomed.journey")]
public sealed record JourneySnapshot
{
    [Id(0)] public required Guid Id { get; init; }
    [Id(1)] public required string TerritoryId { get; init; }
    [Id(2)] public required JourneyStage Stage { get; init; }
    [Id(3)] public required int Version { get; init; }
    [Id(4)] public required PatientIdentity Patient { get; init; }
    [Id(5)] public TriageResult? Triage { get; init; }
    [Id(6)] public string? PrimaryPractitionerId { get; init; }
    [Id(7)] public required Guid RootStepId { get; init; }
    /// <summary>Every step, parents before children, in creation order.</summary>
    [Id(8)] public required IReadOnlyList<StepSnapshot> Steps { get; init; }
    [Id(9)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(10)] public required DateTimeOffset UpdatedAt { get; init; }
    [Id(11)] public DateTimeOffset? EndedAt { get; init; }
    [Id(12)] public string? Outcome { get; init; }
    [Id(13)] public string? CancellationReason { get; init; }
    [Id(14)] public DateTimeOffset? OverdueSince { get; init; }
    [Id(15)] public IReadOnlyList<JourneyTrigger> PermittedTriggers { get; init; } = [];
    [Id(16)] public string? PatientUserId { get; init; }
    /// <summary>Alerts raised by critical results, acknowledged or not, oldest first.</summary>
    [Id(17)] public IReadOnlyList<Labs.LabAlert> Alerts { get; init; } = [];

    public bool IsEnded => Stage is JourneyStage.Closed or JourneyStage.Cancelled;

    public StepSnapshot? FindStep(Guid stepId)
    {
        foreach (var step in Steps)
        {
            if (step.Id == stepId) return step;
        }
        return null;
    }
}
