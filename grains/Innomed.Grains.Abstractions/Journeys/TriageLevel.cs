namespace Innomed.Grains.Journeys;

/// <summary>Triage outcome. Emergency goes to the SAMU (15); the others set the due-by.</summary>
public enum TriageLevel
{
    Emergency,
    Urgent,
    SemiUrgent,
    NonUrgent,
}
