using Innomed.Grains.Journeys;
using Innomed.Grains.Triage;

namespace Innomed.Grains.Epidemiology;

/// <summary>The category a triaged journey counts under, from the answers its triage stored.</summary>
public static class EpidemiologyCategory
{
    /// <summary>
    /// The classifier's category of the free-text reason; when the text was not understood, the
    /// category the patient picked; otherwise (a clinician's level without answers, say) Other.
    /// </summary>
    public static SymptomCategory Of(IReadOnlyList<TriageAnswer> answers)
    {
        var sheet = new AnswerSheet(answers);
        if (sheet.Classification.IsUnderstood) return sheet.Classification.Category;
        return SymptomCategoryCodes.TryParse(sheet.Value(QuestionCodes.Category), out var chosen) ? chosen : SymptomCategory.Other;
    }
}
