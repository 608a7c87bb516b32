namespace Innomed.Grains.Journeys;

/// <summary>Request priority, as in FHIR's request-priority value set.</summary>
public enum Priority
{
    Routine,
    Urgent,
    Asap,
    Stat,
}
