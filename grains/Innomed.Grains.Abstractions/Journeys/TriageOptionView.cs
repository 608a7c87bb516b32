namespace Innomed.Grains.Journeys;

/// <summary>One choice of a triage question, in French and English.</summary>
[GenerateSerializer, Immutable, Alias("innomed.triage-option")]
public sealed record TriageOptionView([property: Id(0)] string Code, [property: Id(1)] string LabelFr, [property: Id(2)] string LabelEn);
