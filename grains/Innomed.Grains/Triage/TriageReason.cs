using Innomed.Grains.Journeys;

namespace Innomed.Grains.Triage;

/// <summary>
/// Why the level is what it is: a rule that fired (with the level it calls for), the default when none
/// did, or a doubt (with the level it raised the result to).
/// </summary>
public sealed record TriageReason(string Code, TriageLevel Level, LocalizedText Text, bool IsDoubt)
{
    public string Format(Language language) => $"{Code}: {Text.In(language)}";
}
