namespace Innomed.Grains.Triage;

/// <summary>The stored code of a category ("mental_health"), the same spelling the GraphQL enum lowercases.</summary>
public static class SymptomCategoryCodes
{
    public static string Code(SymptomCategory category) => category switch
    {
        SymptomCategory.MentalHealth => "mental_health",
        SymptomCategory.FeverInfection => "fever_infection",
        _ => category.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? code, out SymptomCategory category)
    {
        foreach (var c in Enum.GetValues<SymptomCategory>())
        {
            if (string.Equals(Code(c), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                category = c;
                return true;
            }
        }
        category = SymptomCategory.Other;
        return false;
    }
}
