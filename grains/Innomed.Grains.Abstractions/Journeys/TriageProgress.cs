namespace Innomed.Grains.Journeys;

/// <summary>Where the triage chatbot stands: the next question (null when done), the answers so far, the journey.</summary>
[GenerateSerializer, Immutable, Alias("innomed.triage-progress")]
public sealed record TriageProgress(
    [property: Id(0)] TriageQuestionView? Next,
    [property: Id(1)] IReadOnlyList<TriageAnswer> Answers,
    [property: Id(2)] string QuestionnaireVersion,
    [property: Id(3)] JourneySnapshot Journey);
