using Innomed.Grains.Journeys;

namespace Innomed.Grains.Triage;

/// <summary>
/// Answers the journey already knows. The patient's birth date is recorded when the journey starts, so
/// the chatbot need not ask the age (and a stressed parent cannot mistype a baby's age in months).
/// </summary>
public static class TriagePrefill
{
    public static IReadOnlyList<TriageAnswer> FromBirthDate(DateOnly birthDate, DateOnly today)
    {
        if (birthDate > today) throw new ArgumentOutOfRangeException(nameof(birthDate), "The birth date is in the future.");
        var months = (today.Year - birthDate.Year) * 12 + today.Month - birthDate.Month - (today.Day < birthDate.Day ? 1 : 0);
        var years = months / 12;
        return years < 2
            ? [new(QuestionCodes.Age, years.ToString(System.Globalization.CultureInfo.InvariantCulture)),
               new(QuestionCodes.AgeMonths, months.ToString(System.Globalization.CultureInfo.InvariantCulture))]
            : [new(QuestionCodes.Age, Math.Min(years, 120).ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }
}
