namespace Innomed.Grains.Triage;

/// <summary>
/// One word or phrase of the symptom lexicon, as a clinician would write it (accents, articles and all:
/// it goes through the same normalisation and stemming as the patient's text). <see cref="Concept"/> names
/// the red-flag question the phrase speaks to, so that the chatbot asks it and a "no" to it is questioned.
/// <see cref="Weight"/> is per word: a symptom (2) says more about the category than a body site (1),
/// so "boutons sur le ventre" is a skin complaint, not a digestive one.
/// </summary>
public sealed record LexiconEntry(string Phrase, SymptomCategory Category, string? Concept = null, int Weight = 2)
{
    /// <summary>The phrase as stems; cue words ("pas", "not") stay in, so "n'arrive pas à respirer" can be a phrase.</summary>
    public IReadOnlyList<string> Stems { get; } = Tokenizer.Tokenize(Phrase).Select(t => t.Stem).ToArray();
}
