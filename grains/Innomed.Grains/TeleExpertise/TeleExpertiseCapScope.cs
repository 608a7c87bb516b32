namespace Innomed.Grains.TeleExpertise;

/// <summary>What the yearly cap of remunerated tele-expertise answers counts.</summary>
public enum TeleExpertiseCapScope
{
    /// <summary>Every answered request of the patient in the calendar year, whoever the expert (the default).</summary>
    Patient,
    /// <summary>Per patient and per expert, as the Assurance Maladie's original text for TE2 reads.</summary>
    PatientAndExpert,
}
