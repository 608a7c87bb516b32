namespace Innomed.Grains.Triage;

/// <summary>A text in French and English. Both are required: a rule a GP cannot read is not reviewed.</summary>
public sealed record LocalizedText(string Fr, string En)
{
    public string In(Language language) => language == Language.Fr ? Fr : En;

    public LocalizedText Append(string detail) => new($"{Fr} ({detail})", $"{En} ({detail})");
}
