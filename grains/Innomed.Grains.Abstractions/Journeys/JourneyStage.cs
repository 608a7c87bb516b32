namespace Innomed.Grains.Journeys;

/// <summary>Where a patient journey stands, from triage to its end.</summary>
public enum JourneyStage
{
    Triage,
    AwaitingPrimaryCare,
    RedirectedToEmergency,
    PrimaryCare,
    SpecialistCare,
    FollowUp,
    Closed,
    Cancelled,
}
