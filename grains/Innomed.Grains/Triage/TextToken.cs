namespace Innomed.Grains.Triage;

/// <summary>
/// One content word of a free text: its normalised form, its stem, the clause it sits in, whether it
/// is itself a negation cue ("pas", "no"), and whether a cue before it negates it.
/// </summary>
public sealed record TextToken(string Word, string Stem, int Clause, bool IsNegationCue, bool Negated);
