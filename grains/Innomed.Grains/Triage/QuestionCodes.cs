namespace Innomed.Grains.Triage;

/// <summary>
/// The stable codes of the questions and of their options. They are stored with the answers of a
/// journey, so a code never changes meaning; a new meaning gets a new code and a new questionnaire version.
/// </summary>
public static class QuestionCodes
{
    public const string Age = "age";
    public const string AgeMonths = "age_months";
    public const string Sex = "sex";
    public const string Reason = "reason";
    public const string Category = "category";
    public const string AlteredConsciousness = "altered_consciousness";
    public const string ChestPain = "chest_pain";
    public const string ChestSweating = "chest_sweating";
    public const string ChestRadiation = "chest_radiation";
    public const string Breathless = "breathless";
    public const string BreathingDistress = "breathing_distress";
    public const string WheezingUnrelieved = "wheezing_unrelieved";
    public const string StrokeSigns = "stroke_signs";
    public const string SuddenSevereHeadache = "sudden_severe_headache";
    public const string Seizure = "seizure";
    public const string StiffNeck = "stiff_neck";
    public const string AnaphylaxisSigns = "anaphylaxis_signs";
    public const string Purpura = "purpura";
    public const string SevereBleeding = "severe_bleeding";
    public const string HighEnergyTrauma = "high_energy_trauma";
    public const string HeadInjury = "head_injury";
    public const string HeadInjurySigns = "head_injury_signs";
    public const string LimbDeformity = "limb_deformity";
    public const string CannotUseLimb = "cannot_use_limb";
    public const string SuicidalIdeation = "suicidal_ideation";
    public const string SuicidalPlan = "suicidal_plan";
    public const string GiBleeding = "gi_bleeding";
    public const string Dehydration = "dehydration";
    public const string FlankPain = "flank_pain";
    public const string UrinaryRetention = "urinary_retention";
    public const string CannotSwallow = "cannot_swallow";
    public const string SepsisSigns = "sepsis_signs";
    public const string Pregnancy = "pregnancy";
    public const string PregnancyWeeks = "pregnancy_weeks";
    public const string PregnancyBleeding = "pregnancy_bleeding";
    public const string PregnancyAbdominalPain = "pregnancy_abdominal_pain";
    public const string PregnancyHeadacheVision = "pregnancy_headache_vision";
    public const string ChronicConditions = "chronic_conditions";
    public const string Treatments = "treatments";
    public const string Duration = "duration";
    public const string Pain = "pain";
    public const string Temperature = "temperature";
    public const string Feverish = "feverish";
    public const string Discomfort = "discomfort";

    /// <summary>Normalised values of yes/no questions, and of a number asked with "unknown" allowed.</summary>
    public const string Yes = "yes";
    public const string No = "no";
    public const string Unknown = "unknown";
    public const string None = "none";
}
