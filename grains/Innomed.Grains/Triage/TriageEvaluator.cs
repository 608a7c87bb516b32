using Innomed.Grains.Journeys;

namespace Innomed.Grains.Triage;

/// <summary>
/// Computes the level from the answers: the most severe rule of <see cref="ClinicalRules"/> that fires
/// (NON_URGENT when none does), then one step up if any <see cref="DoubtChecks"/> finds doubt. Pure and
/// deterministic; safe to call on a partial questionnaire (the missing answers are themselves a doubt).
/// </summary>
public static class TriageEvaluator
{
    public static TriageOutcome Evaluate(IReadOnlyList<TriageAnswer> answers) => Evaluate(new AnswerSheet(answers));

    public static TriageOutcome Evaluate(AnswerSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var fired = ClinicalRules.Table.Where(r => r.Matches(sheet)).OrderBy(r => r.Level).ToList(); // stable: table order within a level
        var ruleLevel = fired.Count > 0 ? fired[0].Level : TriageLevel.NonUrgent;
        var reasons = (fired.Count > 0 ? fired : [ClinicalRules.NoRedFlag])
            .Select(r => new TriageReason(r.Code, r.Level, r.Explanation, IsDoubt: false))
            .ToList();

        var level = ruleLevel;
        // At EMERGENCY there is no level to raise to, and the questionnaire stops early on purpose.
        if (ruleLevel != TriageLevel.Emergency)
        {
            var doubts = DoubtChecks.Table
                .Select(check => (check, found: check.Find(sheet)))
                .Where(d => d.found.Count > 0)
                .ToList();
            if (doubts.Count > 0)
            {
                level = ruleLevel - 1; // enum order: one step more severe
                var raised = new LocalizedText(
                    $"niveau relevé de {TriageLevelText.Name(ruleLevel).Fr} à {TriageLevelText.Name(level).Fr}",
                    $"level raised from {TriageLevelText.Name(ruleLevel).En} to {TriageLevelText.Name(level).En}");
                reasons.AddRange(doubts.Select(d => new TriageReason(
                    d.check.Code, level,
                    new LocalizedText(
                        $"{d.check.Explanation.Fr} : {string.Join(", ", d.found)} ; {raised.Fr}",
                        $"{d.check.Explanation.En}: {string.Join(", ", d.found)}; {raised.En}"),
                    IsDoubt: true)));
            }
        }
        return new TriageOutcome(level, ruleLevel, reasons, sheet.Classification, TriageQuestionnaire.Version,
            IsComplete: TriageQuestionnaire.Next(sheet) is null);
    }
}
