namespace Innomed.Grains.Triage;

/// <summary>
/// What the patient's complaint is about, from the free-text reason. Drives which red-flag questions the
/// chatbot asks, and the epidemiology dashboard counts. The declaration order breaks score ties: the
/// category whose red flags are the most dangerous to miss comes first.
/// </summary>
public enum SymptomCategory
{
    Cardiovascular,
    Neurological,
    Respiratory,
    MentalHealth,
    Trauma,
    Digestive,
    Urinary,
    FeverInfection,
    Skin,
    Ent,
    Other,
}
