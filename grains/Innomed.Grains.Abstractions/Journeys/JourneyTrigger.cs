namespace Innomed.Grains.Journeys;

/// <summary>What moves a journey from one stage to another.</summary>
public enum JourneyTrigger
{
    SubmitTriage,
    EscalateToEmergency,
    ReturnToPrimaryCare,
    TakeCharge,
    Refer,
    AcceptReferral,
    ReferralsReported,
    ReferralsWithdrawn,
    UpdateStep,
    Close,
    Cancel,
}
