namespace Innomed.Grains.Journeys;

/// <summary>
/// Triage answers from the chatbot, or a clinician's level. With no level, the level is computed
/// from the answers by the triage rules.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.triage-submission")]
public sealed record TriageSubmission
{
    [Id(0)] public IReadOnlyList<TriageAnswer> Answers { get; init; } = [];
    [Id(1)] public TriageLevel? Level { get; init; }
    [Id(2)] public string? Note { get; init; }
}
