namespace Innomed.Grains.Triage;

/// <summary>
/// One reason to distrust the answers. <see cref="Find"/> returns what is in doubt (question codes,
/// phrases); an empty list means no doubt. Any doubt raises the level one step.
/// </summary>
public sealed record DoubtCheck(string Code, LocalizedText Explanation, Func<AnswerSheet, IReadOnlyList<string>> Find);
