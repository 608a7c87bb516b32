using System.Globalization;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Journeys;

/// <summary>Typed reading of raw questionnaire answers for the rules.</summary>
public sealed class TriageAnswers(IReadOnlyList<TriageAnswer> answers)
{
    private readonly Dictionary<string, string> _byQuestion = answers
        .GroupBy(a => a.Question, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase);

    public bool Yes(string question) =>
        _byQuestion.TryGetValue(question, out var v) && v.Trim().ToLowerInvariant() is "yes" or "oui" or "true" or "1";

    public decimal? Number(string question) =>
        _byQuestion.TryGetValue(question, out var v)
        && decimal.TryParse(v.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    public bool Has(string question) => _byQuestion.ContainsKey(question);
}
