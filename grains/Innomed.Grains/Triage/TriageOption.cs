namespace Innomed.Grains.Triage;

/// <summary>One option of a choice question: the stored code and the label shown.</summary>
public sealed record TriageOption(string Code, LocalizedText Label);
