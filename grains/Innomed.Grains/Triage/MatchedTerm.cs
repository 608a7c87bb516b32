namespace Innomed.Grains.Triage;

/// <summary>A lexicon phrase found in the text, where it starts (token index), and whether it was negated.</summary>
public sealed record MatchedTerm(string Phrase, SymptomCategory Category, string? Concept, int Position, bool Negated);
