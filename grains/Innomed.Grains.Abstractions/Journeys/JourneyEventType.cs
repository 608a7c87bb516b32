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
    /// <summary>One chatbot answer stored (the question code is the detail; never the answer).</summary>
    TriageAnswered,
}
