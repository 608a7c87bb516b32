using Innomed.Grains.Errors;
using Innomed.Grains.Labs;

namespace Innomed.Grains.Labs;

/// <summary>
/// Flags computed from the limits the lab sends with each value. Critical limits win over the
/// reference range; a limit equal to the value is inside (the usual lab convention: a range is
/// inclusive). Text results and values without limits get <see cref="ResultFlag.NotApplicable"/>.
/// </summary>
public static class ResultFlags
{
    public const int MaxResults = 100;

    public static ResultFlag Compute(LabResultEntry r)
    {
        if (r.Value is not { } v) return ResultFlag.NotApplicable;
        if (r.CriticalLow is { } cl && v < cl) return ResultFlag.CriticalLow;
        if (r.CriticalHigh is { } ch && v > ch) return ResultFlag.CriticalHigh;
        if (r.ReferenceLow is { } rl && v < rl) return ResultFlag.Low;
        if (r.ReferenceHigh is { } rh && v > rh) return ResultFlag.High;
        return r.ReferenceLow is null && r.ReferenceHigh is null ? ResultFlag.NotApplicable : ResultFlag.Normal;
    }

    /// <summary>Refuses what cannot be a result: names the offending field as results[i].field.</summary>
    public static void Validate(IReadOnlyList<LabResultEntry> results)
    {
        if (results.Count > MaxResults) throw new InvalidInputException("results", $"At most {MaxResults} results at a time.");
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            var at = $"results[{i}]";
            Code($"{at}.code", r.Code);
            if (!codes.Add(r.Code)) throw new InvalidInputException($"{at}.code", $"Code {r.Code} appears twice.");
            Required($"{at}.label", r.Label, 200);
            if ((r.Value is null) == string.IsNullOrWhiteSpace(r.Text))
                throw new InvalidInputException($"{at}.value", "Give a numeric value or a text result (exactly one).");
            if (r.Text is { Length: > 2000 }) throw new InvalidInputException($"{at}.text", "At most 2,000 characters.");
            if (r.Unit is { Length: > 32 }) throw new InvalidInputException($"{at}.unit", "At most 32 characters.");
            Ordered($"{at}.referenceHigh", r.ReferenceLow, r.ReferenceHigh);
            Ordered($"{at}.criticalHigh", r.CriticalLow, r.CriticalHigh);
            Ordered($"{at}.criticalLow", r.CriticalLow, r.ReferenceLow);
            Ordered($"{at}.criticalHigh", r.ReferenceHigh, r.CriticalHigh);
        }
    }

    public static void Code(string field, string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
            throw new InvalidInputException(field, "A code of 1 to 32 letters, digits, '-', '.' or '_' (LOINC-like).");
    }

    public static void Required(string field, string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > max || text.Any(char.IsControl))
            throw new InvalidInputException(field, $"Required, at most {max} characters.");
    }

    private static void Ordered(string field, decimal? low, decimal? high)
    {
        if (low is { } l && high is { } h && l > h)
            throw new InvalidInputException(field, "Limits must be ordered: critical low ≤ reference low ≤ reference high ≤ critical high.");
    }
}
