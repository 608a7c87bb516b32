namespace Innomed.Grains.TeleExpertise;

/// <summary>Where a tele-expertise request stands (declined and cancelled ones read the step status).</summary>
public enum TeleExpertiseOutcome
{
    /// <summary>Waiting for the expert's answer.</summary>
    Pending,
    /// <summary>The expert answered; the remunerated acts are recorded.</summary>
    Answered,
    /// <summary>The expert asked to see the patient: a referral replaced the question (not remunerated as tele-expertise).</summary>
    Converted,
}
