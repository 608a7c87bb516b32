using Innomed.Grains.Journeys;

namespace Innomed.Grains.Journeys;

/// <summary>
/// The reviewed rule table. The highest level any rule reaches wins; when nothing fires but the
/// answers are incomplete, the level goes up one step, because under-triage is the worst error.
/// The full adaptive questionnaire extends this table; it stays data, not scattered ifs.
/// </summary>
public static class TriageRules
{
    public static readonly IReadOnlyList<TriageRule> Table =
    [
        new("RF_CHEST_PAIN", TriageLevel.Emergency, "Chest pain with sweating or breathlessness", a => a.Yes("chest_pain") && (a.Yes("sweating") || a.Yes("breathless"))),
        new("RF_STROKE", TriageLevel.Emergency, "Signs of stroke (face, arm, speech)", a => a.Yes("stroke_signs")),
        new("RF_BREATHING", TriageLevel.Emergency, "Severe breathing difficulty", a => a.Yes("breathing_distress")),
        new("RF_ANAPHYLAXIS", TriageLevel.Emergency, "Swelling of face or throat after exposure", a => a.Yes("anaphylaxis")),
        new("RF_BLEEDING", TriageLevel.Emergency, "Severe bleeding", a => a.Yes("severe_bleeding")),
        new("RF_CONSCIOUSNESS", TriageLevel.Emergency, "Loss of consciousness", a => a.Yes("unconscious")),
        new("RF_SUICIDE_PLAN", TriageLevel.Emergency, "Suicidal ideation with a plan", a => a.Yes("suicidal_plan")),
        new("RF_PURPURA_FEVER", TriageLevel.Emergency, "Purpura with fever", a => a.Yes("purpura") && a.Number("temperature") >= 38m),
        new("RF_INFANT_FEVER", TriageLevel.Emergency, "Infant under 3 months with fever", a => a.Number("age_months") < 3m && a.Number("temperature") >= 38m),
        new("PAIN_SEVERE", TriageLevel.Urgent, "Pain 8/10 or more", a => a.Number("pain") >= 8m),
        new("FEVER_HIGH", TriageLevel.Urgent, "Temperature 40 °C or more", a => a.Number("temperature") >= 40m),
        new("ANTICOAGULANT_TRAUMA", TriageLevel.Urgent, "Trauma under anticoagulants", a => a.Yes("anticoagulants") && a.Yes("trauma")),
        new("CHEMO_FEVER", TriageLevel.Urgent, "Fever under chemotherapy", a => a.Yes("chemotherapy") && a.Number("temperature") >= 38m),
        new("FEVER", TriageLevel.SemiUrgent, "Fever 38.5 °C or more", a => a.Number("temperature") >= 38.5m),
        new("PAIN_MODERATE", TriageLevel.SemiUrgent, "Pain 5/10 or more", a => a.Number("pain") >= 5m),
        new("PREGNANT", TriageLevel.SemiUrgent, "Pregnancy or post-partum", a => a.Yes("pregnant")),
    ];

    /// <summary>The questions without which "nothing fired" cannot be trusted.</summary>
    private static readonly string[] Essential = ["pain", "temperature"];

    public static (TriageLevel Level, IReadOnlyList<string> Reasons) Evaluate(IReadOnlyList<TriageAnswer> raw)
    {
        var answers = new TriageAnswers(raw);
        var fired = Table.Where(r => r.Matches(answers)).ToList();
        if (fired.Count > 0)
        {
            var level = fired.Min(r => r.Level); // enum order: Emergency is the most severe
            return (level, fired.Select(r => $"{r.Code}: {r.Explanation}").ToArray());
        }
        var missing = Essential.Where(q => !answers.Has(q)).ToArray();
        return missing.Length > 0
            ? (TriageLevel.SemiUrgent, [$"INCOMPLETE: no answer for {string.Join(", ", missing)}; level raised one step"])
            : (TriageLevel.NonUrgent, ["NO_RED_FLAG: no rule fired"]);
    }
}
