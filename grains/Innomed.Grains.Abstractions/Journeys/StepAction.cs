namespace Innomed.Grains.Journeys;

/// <summary>What an actor does to a step; each moves it along its lifecycle.</summary>
public enum StepAction
{
    Accept,
    Reject,
    Schedule,
    Start,
    Hold,
    Resume,
    Complete,
    Fail,
    Cancel,
    /// <summary>Cancels the appointment but keeps the request open (to book another slot).</summary>
    Unschedule,
}
