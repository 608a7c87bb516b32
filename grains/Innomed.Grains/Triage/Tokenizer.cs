namespace Innomed.Grains.Triage;

/// <summary>
/// Splits a normalised text into content tokens and marks negation, NegEx-style but small: a cue
/// negates the next <see cref="NegationWindow"/> content words of its clause. The scope ends early at a
/// clause break (punctuation, "mais", "but"), and at a subject pronoun ("pas de fièvre j'ai mal au
/// ventre": the pain is not negated), because patients often type without punctuation.
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// Three words reach "pas de douleur thoracique" and "no history of chest pain". Wider would start
    /// hiding real complaints, and a term wrongly negated is the unsafe error (fewer red-flag questions).
    /// </summary>
    public const int NegationWindow = 3;

    private static readonly HashSet<string> Cues =
    [
        "pas", "sans", "ni", "aucun", "aucune", "jamais", "rien", "non", "absence",
        "no", "not", "without", "denies", "deny", "denied", "denying", "never", "nor", "none", "negative",
    ];

    // "plus" negates only after "ne"/"n'" ("je n'ai plus de fièvre"); alone it means "more"
    // ("de plus en plus essoufflé"), which must not hide the symptom.
    private static readonly HashSet<string> NeParticles = ["ne", "n"];

    private static readonly HashSet<string> ClauseWords =
        ["mais", "cependant", "pourtant", "toutefois", "sauf", "but", "however", "although", "except", "though"];

    private static readonly HashSet<string> Pronouns =
        ["je", "j", "il", "elle", "on", "nous", "vous", "ils", "elles", "i", "he", "she", "we", "they", "you"];

    private static readonly HashSet<string> StopWords =
    [
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "a", "au", "aux", "en", "dans", "sur", "sous",
        "pour", "par", "avec", "et", "ou", "que", "qui", "quand", "qu", "me", "m", "moi", "mon", "ma", "mes",
        "ton", "ta", "tes", "son", "sa", "ses", "leur", "notre", "votre", "y", "ai", "as", "avons", "avez", "ont",
        "suis", "es", "est", "sommes", "etes", "sont", "etait", "c", "ce", "ca", "cette", "cet", "s", "se", "t",
        "tres", "trop", "peu", "beaucoup", "depuis", "the", "an", "of", "in", "on", "at", "to", "for", "with",
        "and", "or", "my", "your", "his", "her", "its", "our", "their", "is", "am", "are", "was", "were",
        "be", "been", "have", "has", "had", "do", "does", "did", "this", "that", "very", "some", "any", "since",
        "from", "can", "could", "got", "get", "when", "ne", "n",
    ];

    public static IReadOnlyList<TextToken> Tokenize(string text)
    {
        var normalised = TextNormalizer.Normalize(text);
        var tokens = new List<TextToken>();
        var clause = 0;
        var scope = 0;
        var afterNe = 0;
        foreach (var word in normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word[0] == TextNormalizer.ClauseBreak || ClauseWords.Contains(word))
            {
                clause++;
                scope = 0;
                afterNe = 0;
                continue;
            }
            if (NeParticles.Contains(word)) afterNe = 3;
            else if (afterNe > 0) afterNe--;
            var isCue = Cues.Contains(word) || (word == "plus" && afterNe > 0);
            if (isCue)
            {
                scope = NegationWindow;
                tokens.Add(new TextToken(word, word, clause, IsNegationCue: true, Negated: false));
                continue;
            }
            if (Pronouns.Contains(word)) scope = 0;
            if (StopWords.Contains(word) || Pronouns.Contains(word)) continue;
            tokens.Add(new TextToken(word, LightStemmer.Stem(word), clause, IsNegationCue: false, Negated: scope > 0));
            if (scope > 0) scope--;
        }
        return tokens;
    }
}
