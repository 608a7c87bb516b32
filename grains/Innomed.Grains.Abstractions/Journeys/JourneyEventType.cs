namespace Innomed.Grains.Journeys;

/// <summary>What happened to a journey; one per accepted command.</summary>
public enum JourneyEventType
{
    JourneyStarted,
    TriageSubmitted,
    RedirectedToEmergency,
    ReturnedToPrimaryCare,
    TakenInCharge,
    StepAdded,
    StepStatusChanged,
    Overdue,
    JourneyClosed,
    JourneyCancelled,
}
