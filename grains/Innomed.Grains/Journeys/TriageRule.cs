using Innomed.Grains.Journeys;

namespace Innomed.Grains.Journeys;

/// <summary>One reviewed triage rule: when it matches the answers, the level is at least <see cref="Level"/>.</summary>
public sealed record TriageRule(string Code, TriageLevel Level, string Explanation, Func<TriageAnswers, bool> Matches);
