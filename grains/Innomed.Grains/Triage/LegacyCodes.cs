namespace Innomed.Grains.Triage;

/// <summary>
/// The answer codes of the placeholder rule table that preceded questionnaire 2025.1. Journeys triaged
/// before it, and clients not yet updated, still send them; translating keeps "chemotherapy = yes" from
/// being silently ignored. Codes with no translation fall to the DOUBT_UNKNOWN_QUESTION check.
/// </summary>
public static class LegacyCodes
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sweating"] = QuestionCodes.ChestSweating,
        ["unconscious"] = QuestionCodes.AlteredConsciousness,
        ["anaphylaxis"] = QuestionCodes.AnaphylaxisSigns,
    };

    private static readonly string[] TreatmentFlags = [OptionCodes.Chemotherapy, OptionCodes.Anticoagulants, OptionCodes.Immunosuppressants];

    /// <summary>Rewrites legacy codes in place (last answer per code); a current code already answered wins.</summary>
    public static void Translate(Dictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var (legacy, current) in Renamed)
        {
            if (answers.Remove(legacy, out var value)) answers.TryAdd(current, value);
        }
        var flagged = TreatmentFlags.Where(t => answers.TryGetValue(t, out var v) && IsYes(v)).ToArray();
        var translated = TreatmentFlags.Where(t => answers.TryGetValue(t, out var v) && (IsYes(v) || IsNo(v))).ToArray();
        foreach (var t in translated) answers.Remove(t);
        if (translated.Length > 0)
            answers.TryAdd(QuestionCodes.Treatments, flagged.Length > 0 ? string.Join(',', flagged) : QuestionCodes.None);
        if (answers.Remove("pregnant", out var pregnant) && (IsYes(pregnant) || IsNo(pregnant)))
            answers.TryAdd(QuestionCodes.Pregnancy, IsYes(pregnant) ? OptionCodes.Pregnant : OptionCodes.NotPregnant);
    }

    private static bool IsYes(string raw) => AnswerValidator.Validate(YesNo, raw).Value == QuestionCodes.Yes;

    private static bool IsNo(string raw) => AnswerValidator.Validate(YesNo, raw).Value == QuestionCodes.No;

    private static readonly TriageQuestion YesNo = new("legacy", QuestionKind.YesNo, new("", ""), _ => false);
}
