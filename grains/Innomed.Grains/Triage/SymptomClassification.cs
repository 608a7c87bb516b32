namespace Innomed.Grains.Triage;

/// <summary>
/// The category of a free text, the terms that decided it, the negated terms that were set aside, and every
/// category any affirmed term belongs to (the chatbot asks the red flags of all of them, not only the top one).
/// </summary>
public sealed record SymptomClassification(
    SymptomCategory Category,
    IReadOnlyList<MatchedTerm> Terms,
    IReadOnlyList<MatchedTerm> NegatedTerms,
    IReadOnlySet<SymptomCategory> Categories)
{
    /// <summary>Red-flag concepts the text affirms (question codes).</summary>
    public IReadOnlySet<string> Concepts { get; } =
        Terms.Where(t => t.Concept is not null).Select(t => t.Concept!).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True when at least one term is affirmed. A text with only negated terms ("pas de fièvre") says what
    /// the patient does not have, not what brings them: the chatbot then asks for the category.
    /// </summary>
    public bool IsUnderstood => Terms.Count > 0;
}
