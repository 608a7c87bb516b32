using System.Globalization;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Triage;

/// <summary>
/// Typed reading of a journey's triage answers for the questionnaire's conditions and the rules. The last
/// answer to a question wins (a correction). Every value goes through the validator, so a hand-written
/// "Oui" or "38,5" reads the same as the chatbot's stored "yes" or "38.5"; a value it refuses counts as
/// unanswered and is listed in <see cref="Unreadable"/>.
/// </summary>
public sealed class AnswerSheet
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private SymptomClassification? _classification;

    public AnswerSheet(IEnumerable<TriageAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var unreadable = new List<string>();
        var unrecognised = new List<string>();
        var last = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var answer in answers) last[answer.Question.Trim()] = answer.Value;
        LegacyCodes.Translate(last);
        foreach (var (code, raw) in last)
        {
            // An answer the rules cannot read may still say something serious: it is a doubt, not silence.
            if (TriageQuestionnaire.Find(code) is not { } question)
            {
                unrecognised.Add(code);
                continue;
            }
            var validation = AnswerValidator.Validate(question, raw);
            if (validation.Value is { } value) _values[question.Code] = value;
            else unreadable.Add(question.Code);
        }
        Unreadable = unreadable;
        Unrecognised = unrecognised;
    }

    /// <summary>Answers to question codes this questionnaire version does not have.</summary>
    public IReadOnlyList<string> Unrecognised { get; }

    /// <summary>Questions answered with a value the validator refuses (hand-submitted answers only).</summary>
    public IReadOnlyList<string> Unreadable { get; }

    public bool Has(string code) => _values.ContainsKey(code);

    public string? Value(string code) => _values.GetValueOrDefault(code);

    public bool Yes(string code) => Value(code) == QuestionCodes.Yes;

    public bool No(string code) => Value(code) == QuestionCodes.No;

    public bool Unknown(string code) => Value(code) == QuestionCodes.Unknown;

    public decimal? Number(string code) =>
        decimal.TryParse(Value(code), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    public bool Is(string code, string option) => string.Equals(Value(code), option, StringComparison.Ordinal);

    public bool Selected(string code, string option) =>
        Value(code)?.Split(',').Contains(option, StringComparer.Ordinal) ?? false;

    public decimal? AgeYears => Number(QuestionCodes.Age) ?? Number(QuestionCodes.AgeMonths) / 12m;

    /// <summary>
    /// Age in months: the months answer for a baby, else the years. If both are given and disagree, the
    /// younger reading wins (infant thresholds are the stricter ones); the disagreement is itself a doubt.
    /// </summary>
    public decimal? AgeMonths
    {
        get
        {
            var months = Number(QuestionCodes.AgeMonths);
            var fromYears = Number(QuestionCodes.Age) * 12m;
            return months is { } m && fromYears is { } y ? Math.Min(m, y + 11m) : months ?? fromYears;
        }
    }

    public SymptomClassification Classification => _classification ??= SymptomClassifier.Classify(Value(QuestionCodes.Reason));

    /// <summary>Every category the reason speaks of, plus the one the patient picked when the text was not understood.</summary>
    public bool About(SymptomCategory category) =>
        Classification.Categories.Contains(category)
        || (SymptomCategoryCodes.TryParse(Value(QuestionCodes.Category), out var chosen) && chosen == category);

    /// <summary>The free-text reason affirms this red-flag concept (a question code).</summary>
    public bool Mentions(string concept) => Classification.Concepts.Contains(concept);

    /// <summary>
    /// Temperature at or above the threshold. Without a thermometer, "feels feverish" counts as 38 °C: a
    /// subjective fever is taken seriously (it can make an infant an emergency) but never graded higher.
    /// </summary>
    public bool Fever(decimal threshold) =>
        Number(QuestionCodes.Temperature) is { } t
            ? t >= threshold
            : Unknown(QuestionCodes.Temperature) && Yes(QuestionCodes.Feverish) && threshold <= 38m;

    public bool Pregnant => Is(QuestionCodes.Pregnancy, OptionCodes.Pregnant);

    public bool Postpartum => Is(QuestionCodes.Pregnancy, OptionCodes.Postpartum);

    /// <summary>Pregnant, or not sure: an unknown pregnancy is handled as a possible one (ectopic pregnancy).</summary>
    public bool MaybePregnant => Pregnant || Is(QuestionCodes.Pregnancy, OptionCodes.PregnancyUnsure);

    public bool OnTreatment(string treatment) => Selected(QuestionCodes.Treatments, treatment);

    public bool HasCondition(string condition) => Selected(QuestionCodes.ChronicConditions, condition);

    /// <summary>Chemotherapy, immunosuppressants, immune deficiency or sickle cell disease: a fever is a bacterial emergency until proven otherwise.</summary>
    public bool Immunocompromised =>
        OnTreatment(OptionCodes.Chemotherapy) || OnTreatment(OptionCodes.Immunosuppressants)
        || HasCondition(OptionCodes.Immunodeficiency) || HasCondition(OptionCodes.SickleCell);
}
