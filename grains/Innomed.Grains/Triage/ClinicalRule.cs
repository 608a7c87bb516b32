using Innomed.Grains.Journeys;

namespace Innomed.Grains.Triage;

/// <summary>
/// One reviewed triage rule: when <see cref="Matches"/> holds for the answers, the level is at least
/// <see cref="Level"/>, and <see cref="Explanation"/> tells the GP why, in words they can check.
/// </summary>
public sealed record ClinicalRule(string Code, TriageLevel Level, LocalizedText Explanation, Func<AnswerSheet, bool> Matches);
