namespace Innomed.Grains.Triage;

/// <summary>
/// Deterministic FR/EN classification of a free-text complaint: normalise, tokenise, stem, find lexicon
/// phrases (longest first, contiguous preferred, up to <see cref="MaxGap"/> extra words inside a phrase
/// so "douleur intense à la poitrine" still meets "douleur poitrine"), set negated ones aside, and score
/// categories by the words their affirmed phrases cover, weighted (symptoms over body sites). Same text, same answer, always.
/// </summary>
public static class SymptomClassifier
{
    public const int MaxGap = 2;

    private static readonly ILookup<string, (LexiconEntry Entry, int Order)> ByFirstStem = SymptomLexicon.Entries
        .Select((entry, order) => (entry, order))
        .Where(e => e.entry.Stems.Count > 0)
        .ToLookup(e => e.entry.Stems[0], StringComparer.Ordinal);

    public static SymptomClassification Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new SymptomClassification(SymptomCategory.Other, [], [], new HashSet<SymptomCategory>());

        var tokens = Tokenizer.Tokenize(text);
        var affirmed = new List<(MatchedTerm Term, int Words)>();
        var negated = new List<MatchedTerm>();
        var i = 0;
        while (i < tokens.Count)
        {
            var best = BestMatchAt(tokens, i);
            if (best is null)
            {
                i++;
                continue;
            }
            var (entry, end) = best.Value;
            var term = new MatchedTerm(entry.Phrase, entry.Category, entry.Concept, i, tokens[i].Negated);
            if (term.Negated) negated.Add(term);
            else affirmed.Add((term, entry.Stems.Count * entry.Weight));
            i = end + 1;
        }

        var scores = affirmed
            .GroupBy(a => a.Term.Category)
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Words));
        // Administrative words ("ordonnance") only decide when nothing clinical was said.
        var clinical = scores.Where(s => s.Key != SymptomCategory.Other).ToArray();
        var category = clinical.Length > 0
            ? clinical.OrderByDescending(s => s.Value).ThenBy(s => s.Key).First().Key
            : SymptomCategory.Other;
        return new SymptomClassification(category, affirmed.Select(a => a.Term).ToArray(), negated, scores.Keys.ToHashSet());
    }

    private static (LexiconEntry Entry, int End)? BestMatchAt(IReadOnlyList<TextToken> tokens, int start)
    {
        (LexiconEntry Entry, int End, int Gaps, int Order)? best = null;
        foreach (var (entry, order) in ByFirstStem[tokens[start].Stem])
        {
            if (TryMatch(tokens, start, entry.Stems) is not { } match) continue;
            var better = best is null
                || entry.Stems.Count > best.Value.Entry.Stems.Count
                || (entry.Stems.Count == best.Value.Entry.Stems.Count && match.Gaps < best.Value.Gaps);
            if (better) best = (entry, match.End, match.Gaps, order);
        }
        return best is { } b ? (b.Entry, b.End) : null;
    }

    private static (int End, int Gaps)? TryMatch(IReadOnlyList<TextToken> tokens, int start, IReadOnlyList<string> stems)
    {
        var at = start;
        var gaps = 0;
        for (var s = 1; s < stems.Count; s++)
        {
            var found = -1;
            for (var next = at + 1; next < tokens.Count && next <= at + 1 + MaxGap; next++)
            {
                if (tokens[next].Clause != tokens[start].Clause) break;
                if (tokens[next].Stem == stems[s]) { found = next; break; }
                if (tokens[next].IsNegationCue) break; // "douleur pas thoracique" is not "douleur thoracique"
            }
            if (found < 0) return null;
            gaps += found - at - 1;
            at = found;
        }
        return (at, gaps);
    }
}
