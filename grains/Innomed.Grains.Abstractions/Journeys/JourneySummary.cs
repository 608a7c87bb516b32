namespace Innomed.Grains.Journeys;

/// <summary>
/// What index grains (practitioner, unit, territory) keep about a journey. Applied only when
/// its version is newer than the one they hold, so redelivery is harmless.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.journey-summary")]
public sealed record JourneySummary
{
    [Id(0)] public required Guid JourneyId { get; init; }
    [Id(1)] public required string TerritoryId { get; init; }
    [Id(2)] public required JourneyStage Stage { get; init; }
    [Id(3)] public required int Version { get; init; }
    [Id(4)] public TriageLevel? Level { get; init; }
    [Id(5)] public DateTimeOffset? DueBy { get; init; }
    [Id(6)] public DateTimeOffset? OverdueSince { get; init; }
    [Id(7)] public string? PrimaryPractitionerId { get; init; }
    [Id(8)] public required DateTimeOffset UpdatedAt { get; init; }
    [Id(9)] public IReadOnlyList<StepSummary> Steps { get; init; } = [];
    [Id(10)] public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>Alerts not yet acknowledged: the practitioners' alert lists are built from these.</summary>
    [Id(11)] public IReadOnlyList<Labs.LabAlert> OpenAlerts { get; init; } = [];

    public bool IsEnded => Stage is JourneyStage.Closed or JourneyStage.Cancelled;
}
