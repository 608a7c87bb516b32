namespace Innomed.Grains.Journeys;

/// <summary>A step's lifecycle, modelled on the FHIR Task status.</summary>
public enum StepStatus
{
    Requested,
    Accepted,
    Rejected,
    Scheduled,
    InProgress,
    OnHold,
    Completed,
    Failed,
    Cancelled,
}
