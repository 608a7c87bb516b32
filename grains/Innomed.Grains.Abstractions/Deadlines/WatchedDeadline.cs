namespace Innomed.Grains.Deadlines;

/// <summary>One pending deadline a watch will check when it falls due.</summary>
[GenerateSerializer, Immutable, Alias("innomed.watched-deadline")]
public sealed record WatchedDeadline(
    [property: Id(0)] Guid JourneyId,
    [property: Id(1)] DeadlineKind Kind,
    [property: Id(2)] DateTimeOffset DueAt);
