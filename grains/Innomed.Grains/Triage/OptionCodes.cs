namespace Innomed.Grains.Triage;

/// <summary>Stored codes of the choice options the rules read. Like question codes, they never change meaning.</summary>
public static class OptionCodes
{
    public const string Female = "female";
    public const string Male = "male";
    public const string OtherSex = "other";

    public const string NotPregnant = "no";
    public const string Pregnant = "pregnant";
    public const string Postpartum = "postpartum";
    public const string PregnancyUnsure = "unsure";

    public const string Diabetes = "diabetes";
    public const string HeartDisease = "heart_disease";
    public const string LungDisease = "lung_disease";
    public const string KidneyDisease = "kidney_disease";
    public const string Cancer = "cancer";
    public const string Immunodeficiency = "immunodeficiency";
    public const string SickleCell = "sickle_cell";

    public const string Chemotherapy = "chemotherapy";
    public const string Anticoagulants = "anticoagulants";
    public const string Immunosuppressants = "immunosuppressants";

    public const string UnderOneHour = "under_1h";
    public const string UnderOneDay = "under_24h";
    public const string OneToThreeDays = "days_1_3";
    public const string FourToSevenDays = "days_4_7";
    public const string OneToFourWeeks = "weeks_1_4";
    public const string OverOneMonth = "over_1_month";

    public const string NoDiscomfort = "none";
    public const string MildDiscomfort = "mild";
    public const string LimitingDiscomfort = "limiting";
    public const string UnableDiscomfort = "unable";
}
