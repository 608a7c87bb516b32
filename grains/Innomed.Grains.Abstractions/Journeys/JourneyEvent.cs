namespace Innomed.Grains.Journeys;

/// <summary>
/// One entry of a journey's timeline. Versions start at 1 and grow by exactly one per accepted
/// command, so a subscriber that knows its last version can ask for exactly what it missed.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.journey-event")]
public sealed record JourneyEvent
{
    [Id(0)] public required Guid JourneyId { get; init; }
    [Id(1)] public required int Version { get; init; }
    [Id(2)] public required JourneyEventType Type { get; init; }
    [Id(3)] public required DateTimeOffset At { get; init; }
    [Id(4)] public required string ActorId { get; init; }
    [Id(5)] public required JourneyStage Stage { get; init; }
    [Id(6)] public Guid? StepId { get; init; }
    [Id(7)] public StepStatus? StepStatus { get; init; }
    /// <summary>Short, non-identifying description (a reason code, a level), never patient data.</summary>
    [Id(8)] public string? Detail { get; init; }
    [Id(9)] public JourneyStage? PreviousStage { get; init; }
    [Id(10)] public StepStatus? PreviousStepStatus { get; init; }
    /// <summary>The lab alert an alert event is about.</summary>
    [Id(11)] public Guid? AlertId { get; init; }
}
