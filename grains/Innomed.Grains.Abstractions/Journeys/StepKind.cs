namespace Innomed.Grains.Journeys;

/// <summary>The kind of a node in the journey tree.</summary>
public enum StepKind
{
    Triage,
    PrimaryCare,
    Referral,
    TeleExpertise,
    LabOrder,
    ImagingOrder,
    Admission,
    FollowUp,
}
