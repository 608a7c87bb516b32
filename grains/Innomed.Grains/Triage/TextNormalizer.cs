using System.Globalization;
using System.Text;

namespace Innomed.Grains.Triage;

/// <summary>
/// Lower case, accents removed, apostrophes and punctuation turned into separators. Clause-breaking
/// punctuation becomes the marker <see cref="ClauseBreak"/> so that a negation never reaches past it.
/// </summary>
public static class TextNormalizer
{
    public const char ClauseBreak = '|';

    // The build runs with InvariantGlobalization (no ICU), where string.Normalize(FormD) leaves "é"
    // untouched. An explicit fold table for the Latin letters of French and English is also
    // deterministic across hosts, which the epidemiology counts need. Combining marks typed as
    // separate characters (decomposed input) are dropped below.
    private static readonly Dictionary<char, string> Fold = BuildFold();

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lowered = text.ToLowerInvariant()
            .Replace("n't", " not", StringComparison.Ordinal)
            .Replace("n’t", " not", StringComparison.Ordinal)
            .Replace("cannot", "can not", StringComparison.Ordinal);
        var sb = new StringBuilder(lowered.Length);
        foreach (var c in lowered)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (Fold.TryGetValue(c, out var folded)) sb.Append(folded);
            else if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '\n' or '\r') sb.Append(' ').Append(ClauseBreak).Append(' ');
            else sb.Append(' '); // apostrophes, hyphens, slashes, symbols: word separators
        }
        return sb.ToString();
    }

    /// <summary>Normalised words joined by single spaces, punctuation dropped: for comparing short answers.</summary>
    public static string Simplify(string text) =>
        string.Join(' ', Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w[0] != ClauseBreak));

    private static Dictionary<char, string> BuildFold()
    {
        var map = new Dictionary<char, string>();
        void Add(string chars, string to) { foreach (var c in chars) map[c] = to; }
        Add("àáâãäåā", "a");
        Add("çć", "c");
        Add("èéêëē", "e");
        Add("ìíîïī", "i");
        Add("ñ", "n");
        Add("òóôõöø", "o");
        Add("ùúûüū", "u");
        Add("ýÿ", "y");
        Add("œ", "oe");
        Add("æ", "ae");
        Add("ß", "ss");
        return map;
    }
}
