namespace Innomed.Grains.Triage;

/// <summary>
/// A deliberately small French/English suffix stripper. No NLP library is reachable from the build,
/// and a full Snowball stemmer would be more than triage needs: the lexicon and the patient's text go
/// through the same function, so what matters is that inflections of one word meet on one stem
/// ("essoufflée", "essoufflés", "essoufflement" → "essouffl"; "bleeding", "bleeds" → "bleed"), not that
/// the stem is a linguistically correct root. Derivations it misses are listed in the lexicon.
/// Input must already be normalised (lower case, no accents).
/// </summary>
public static class LightStemmer
{
    private const int MinStem = 3;

    // Longest first; applied once each, in this order: plural, feminine/participle, verb endings.
    private static readonly (string Suffix, string Replacement)[] Inflections =
    [
        ("ements", ""), ("ement", ""),        // essoufflement → essouffl, saignement → saign
        ("euses", "eu"), ("euse", "eu"), ("eux", "eu"), // douloureuse/douloureux → douloureu
        ("ives", "if"), ("ive", "if"),        // plaintive → plaintif
        ("ees", ""), ("ee", ""), ("es", "e"), // gonflees/gonflee → gonfl; plural of -e words
        ("ing", ""), ("ied", "y"), ("ies", "y"), ("ed", ""), // bleeding → bleed, injuries → injury
        ("aient", ""), ("ait", ""), ("ais", ""), ("ant", ""), ("ent", ""), ("er", ""), ("ez", ""), // saignait, saignent, saigner
    ];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word;
        if (w.Length <= MinStem) return w;
        // Plural -s (not -ss: "stress", "abces" keep theirs) and -x after a vowel pair ("genoux").
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) w = w[..^1];
        else if (w.Length > 4 && (w.EndsWith("aux", StringComparison.Ordinal) || w.EndsWith("oux", StringComparison.Ordinal))) w = w[..^1];
        foreach (var (suffix, replacement) in Inflections)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= MinStem)
            {
                if (suffix == "ed" && w.EndsWith("eed", StringComparison.Ordinal)) break; // "bleed" is a stem, not a past tense
                w = w[..^suffix.Length] + replacement;
                break;
            }
        }
        if (w.EndsWith('y') && w.Length > MinStem) w = w[..^1] + "i"; // allergy / allergie meet
        if (w.EndsWith('e') && w.Length > MinStem) w = w[..^1];       // gorge → gorg, fievre → fievr
        return w;
    }
}
