using System.Globalization;
using System.Text.RegularExpressions;

namespace Innomed.Grains.Triage;

/// <summary>
/// Turns what a patient typed or tapped into the one stored spelling of an answer, or refuses it with a
/// message in both languages. Tolerant where patients are ("Oui", "38,5 °C", "7/10", an option's label),
/// strict where a wrong value would mislead the rules (ranges, whole numbers, "none" with something else).
/// </summary>
public static partial class AnswerValidator
{
    private static readonly HashSet<string> YesWords = ["yes", "y", "oui", "o", "true", "vrai", "1"];
    private static readonly HashSet<string> NoWords = ["no", "n", "non", "false", "faux", "0"];
    private static readonly HashSet<string> UnknownWords =
    [
        "unknown", "inconnu", "inconnue", "je ne sais pas", "ne sais pas", "sais pas", "je sais pas", "nsp", "jsp",
        "do not know", "i do not know", "dont know", "not sure", "pas sur", "pas sure", "non mesure", "non mesuree", "pas mesure", "pas mesuree", "pas de thermometre", "not measured", "not taken",
    ];

    // Units a patient may type after a number; anything else after the digits is refused.
    private static readonly HashSet<string> Units =
        ["", "c", "degres", "degre", "ans", "an", "years", "year", "yo", "mois", "months", "month", "sa", "semaines", "weeks", "sem", "10"];

    [GeneratedRegex(@"^(?<n>[+-]?\d+(?:[.,]\d+)?)\s*(?<u>.*)$")]
    private static partial Regex NumberPattern();

    public static AnswerValidation Validate(TriageQuestion question, string? raw)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (string.IsNullOrWhiteSpace(raw))
            return AnswerValidation.Fail("Merci de répondre à la question.", "Please answer the question.");
        var text = raw.Trim();
        if (text.Length > 1000)
            return AnswerValidation.Fail("Réponse trop longue (1000 caractères au plus).", "Answer too long (1000 characters at most).");
        return question.Kind switch
        {
            QuestionKind.YesNo => YesNo(question, text),
            QuestionKind.Number => Number(question, text),
            QuestionKind.Choice => Choice(question, text),
            QuestionKind.MultiChoice => MultiChoice(question, text),
            QuestionKind.FreeText => FreeText(question, text),
            _ => throw new InvalidOperationException($"Unknown question kind {question.Kind}."),
        };
    }

    public static bool IsUnknown(string raw) => raw.Trim() == "?" || UnknownWords.Contains(TextNormalizer.Simplify(raw));

    private static AnswerValidation YesNo(TriageQuestion q, string text)
    {
        var simple = TextNormalizer.Simplify(text);
        if (YesWords.Contains(simple)) return AnswerValidation.Ok(QuestionCodes.Yes);
        if (NoWords.Contains(simple)) return AnswerValidation.Ok(QuestionCodes.No);
        if (q.AllowsUnknown && IsUnknown(text)) return AnswerValidation.Ok(QuestionCodes.Unknown);
        return AnswerValidation.Fail("Répondez par oui ou non (ou « je ne sais pas »).", "Answer yes or no (or “don't know”).");
    }

    private static AnswerValidation Number(TriageQuestion q, string text)
    {
        if (q.AllowsUnknown && IsUnknown(text)) return AnswerValidation.Ok(QuestionCodes.Unknown);
        var range = q.Range ?? throw new InvalidOperationException($"Number question '{q.Code}' has no range.");
        var bounds = $"{Format(range.Min)}–{Format(range.Max)}";
        var outOfRange = AnswerValidation.Fail(
            $"Indiquez un nombre entre {bounds} {range.Unit.Fr}.", $"Give a number between {bounds} {range.Unit.En}.");
        var match = NumberPattern().Match(text.Replace('°', ' ').Trim());
        if (!match.Success || !Units.Contains(TextNormalizer.Simplify(match.Groups["u"].Value).Replace(" ", "", StringComparison.Ordinal)))
            return outOfRange;
        var value = decimal.Parse(match.Groups["n"].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);
        if (range.Decimals == 0 && value != decimal.Truncate(value))
            return AnswerValidation.Fail("Indiquez un nombre entier.", "Give a whole number.");
        value = Math.Round(value, range.Decimals, MidpointRounding.AwayFromZero);
        return value < range.Min || value > range.Max ? outOfRange : AnswerValidation.Ok(Format(value));
    }

    private static AnswerValidation Choice(TriageQuestion q, string text) =>
        FindOption(q, text) is { } option ? AnswerValidation.Ok(option.Code) : UnknownOption(q);

    private static AnswerValidation MultiChoice(TriageQuestion q, string text)
    {
        var parts = Regex.Split(text, @"[,;/+]|\s+et\s+|\s+and\s+", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
            .Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (FindOption(q, part) is not { } option) return UnknownOption(q);
            chosen.Add(option.Code);
        }
        if (chosen.Count == 0) return UnknownOption(q);
        if (chosen.Contains(QuestionCodes.None) && chosen.Count > 1)
            return AnswerValidation.Fail("« Aucun » ne va pas avec d'autres choix.", "“None” cannot go with other choices.");
        // Stored in table order so the same set always has the same spelling.
        return AnswerValidation.Ok(string.Join(',', q.Options.Where(o => chosen.Contains(o.Code)).Select(o => o.Code)));
    }

    private static AnswerValidation FreeText(TriageQuestion q, string text)
    {
        var collapsed = Regex.Replace(text, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (collapsed.Length < 2)
            return AnswerValidation.Fail("Décrivez en quelques mots.", "Describe it in a few words.");
        return collapsed.Length > q.MaxLength
            ? AnswerValidation.Fail($"{q.MaxLength} caractères au plus.", $"{q.MaxLength} characters at most.")
            : AnswerValidation.Ok(collapsed);
    }

    private static TriageOption? FindOption(TriageQuestion q, string text)
    {
        var simple = TextNormalizer.Simplify(text);
        if (int.TryParse(simple, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 1 && index <= q.Options.Count)
            return q.Options[index - 1];
        return q.Options.FirstOrDefault(o =>
            string.Equals(o.Code, text.Trim(), StringComparison.OrdinalIgnoreCase)
            || TextNormalizer.Simplify(o.Label.Fr) == simple
            || TextNormalizer.Simplify(o.Label.En) == simple);
    }

    private static AnswerValidation UnknownOption(TriageQuestion q) => AnswerValidation.Fail(
        $"Choisissez parmi : {string.Join(" ; ", q.Options.Select(o => o.Label.Fr))}.",
        $"Choose from: {string.Join("; ", q.Options.Select(o => o.Label.En))}.");

    private static string Format(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
