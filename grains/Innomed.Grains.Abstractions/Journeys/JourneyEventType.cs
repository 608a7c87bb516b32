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
    /// <summary>A tele-expertise request passed its due-by unanswered and went to another expert (the step's performer).</summary>
    TeleExpertiseEscalated,
    /// <summary>A tele-expertise request passed its due-by and no other expert of the specialty was left to ask.</summary>
    TeleExpertiseEscalationFailed,
    /// <summary>A lab or radiology centre posted results or a report (counts in the detail, never values).</summary>
    LabResultsPosted,
    /// <summary>A critical result raised an alert for the practitioner who ordered the test.</summary>
    CriticalResultAlert,
    /// <summary>An alert nobody acknowledged in time went to the territory's on-call GP.</summary>
    AlertEscalated,
    AlertAcknowledged,
}
