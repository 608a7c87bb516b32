namespace Innomed.Grains.Journeys;

/// <summary>The outcome of triage: level, deadline and the rules that fired, in words a GP can check.</summary>
[GenerateSerializer, Immutable, Alias("innomed.triage-result")]
public sealed record TriageResult(
    [property: Id(0)] TriageLevel Level,
    [property: Id(1)] DateTimeOffset TriagedAt,
    [property: Id(2)] DateTimeOffset? DueBy,
    [property: Id(3)] IReadOnlyList<TriageAnswer> Answers,
    [property: Id(4)] IReadOnlyList<string> Reasons,
    [property: Id(5)] string? TriagedBy);
