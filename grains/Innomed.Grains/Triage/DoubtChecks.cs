using Q = Innomed.Grains.Triage.QuestionCodes;

namespace Innomed.Grains.Triage;

/// <summary>
/// When in doubt, go up a level, and say so. Under-triage of an emergency is the worst error, so missing,
/// unreadable, unsure or contradictory answers never let the level stay where the rules alone put it.
/// Several doubts still raise one step only: doubt is a reason for a clinician to look sooner, not proof.
/// </summary>
public static class DoubtChecks
{
    public static readonly IReadOnlyList<DoubtCheck> Table =
    [
        new("DOUBT_INCOMPLETE",
            new("Questionnaire incomplet, sans réponse à", "Questionnaire incomplete, no answer to"),
            s => TriageQuestionnaire.Pending(s).Select(q => q.Code).Where(c => !s.Unreadable.Contains(c)).ToArray()),
        new("DOUBT_UNREADABLE",
            new("Réponses illisibles", "Unreadable answers"),
            s => s.Unreadable),
        new("DOUBT_UNKNOWN_QUESTION",
            new("Réponses à des questions inconnues de ce questionnaire, non lues par les règles", "Answers to questions this questionnaire does not know, not read by the rules"),
            s => s.Unrecognised),
        new("DOUBT_UNSURE",
            new("Le patient ne sait pas répondre à une question de gravité", "The patient could not answer a danger-sign question"),
            s => TriageQuestionnaire.Questions
                .Where(q => (q.IsRedFlag || q.Code == Q.Feverish) && s.Unknown(q.Code) && q.AskWhen(s))
                .Select(q => q.Code).ToArray()),
        new("DOUBT_TEXT_CONTRADICTS_ANSWER",
            new("Le motif écrit évoque un signe de gravité que les réponses nient", "The written reason mentions a danger sign the answers deny"),
            s => s.Classification.Terms
                .Where(t => t.Concept is { } concept && s.No(concept))
                .Select(t => $"« {t.Phrase} » / {t.Concept} = {Q.No}").Distinct().ToArray()),
        new("DOUBT_AGE_MISMATCH",
            new("L'âge en années et l'âge en mois ne concordent pas (le plus jeune est retenu)", "Age in years and age in months disagree (the younger is used)"),
            s => s.Number(Q.Age) is { } years && s.Number(Q.AgeMonths) is { } months && decimal.Floor(months / 12m) != years
                ? [$"{Q.Age} = {years}, {Q.AgeMonths} = {months}"] : []),
        new("DOUBT_PREGNANCY_SEX",
            new("Grossesse déclarée pour une personne de sexe masculin", "Pregnancy reported for a male patient"),
            s => s.Is(Q.Sex, OptionCodes.Male) && (s.MaybePregnant || s.Postpartum) ? [$"{Q.Pregnancy} = {s.Value(Q.Pregnancy)}"] : []),
    ];
}
