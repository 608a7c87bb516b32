namespace Innomed.Grains.Journeys;

/// <summary>The chatbot's next question, ready to render (French and English wording).</summary>
[GenerateSerializer, Immutable, Alias("innomed.triage-question")]
public sealed record TriageQuestionView
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required TriageQuestionKind Kind { get; init; }
    [Id(2)] public required string TextFr { get; init; }
    [Id(3)] public required string TextEn { get; init; }
    [Id(4)] public string? HelpFr { get; init; }
    [Id(5)] public string? HelpEn { get; init; }
    [Id(6)] public decimal? Min { get; init; }
    [Id(7)] public decimal? Max { get; init; }
    [Id(8)] public int? Decimals { get; init; }
    [Id(9)] public string? UnitFr { get; init; }
    [Id(10)] public string? UnitEn { get; init; }
    [Id(11)] public IReadOnlyList<TriageOptionView> Options { get; init; } = [];
    [Id(12)] public bool AllowsUnknown { get; init; }
    [Id(13)] public bool IsRedFlag { get; init; }
    [Id(14)] public int MaxLength { get; init; }
}
