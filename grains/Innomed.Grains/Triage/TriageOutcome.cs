using Innomed.Grains.Journeys;

namespace Innomed.Grains.Triage;

/// <summary>
/// The result of evaluating a journey's answers: the level, the level the rules alone gave (different
/// when doubt raised it), every reason in words a GP can check, the category of the reason, the
/// questionnaire version the answers belong to, and whether the questionnaire was finished.
/// </summary>
public sealed record TriageOutcome(
    TriageLevel Level,
    TriageLevel RuleLevel,
    IReadOnlyList<TriageReason> Reasons,
    SymptomClassification Classification,
    string QuestionnaireVersion,
    bool IsComplete)
{
    public bool RaisedByDoubt => Level != RuleLevel;

    /// <summary>"CODE: text" lines, most severe first, doubts last: the shape <c>TriageResult.Reasons</c> stores today.</summary>
    public IReadOnlyList<string> Lines(Language language) => Reasons.Select(r => r.Format(language)).ToArray();
}
