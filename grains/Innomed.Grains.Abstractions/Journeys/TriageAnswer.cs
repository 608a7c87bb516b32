namespace Innomed.Grains.Journeys;

/// <summary>One answer to the triage questionnaire (question code and raw value).</summary>
[GenerateSerializer, Immutable, Alias("innomed.triage-answer")]
public sealed record TriageAnswer([property: Id(0)] string Question, [property: Id(1)] string Value);
