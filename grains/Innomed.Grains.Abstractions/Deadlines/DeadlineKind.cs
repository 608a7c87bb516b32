namespace Innomed.Grains.Deadlines;

/// <summary>The deadlines a journey can be waiting on; each escalates differently when it passes.</summary>
[GenerateSerializer, Alias("innomed.deadline-kind")]
public enum DeadlineKind
{
    /// <summary>A GP must take charge by the triage's due-by, or the journey is marked overdue.</summary>
    Triage = 0,
    /// <summary>An expert must answer by the request's due-by, or it goes to another expert.</summary>
    TeleExpertise = 1,
    /// <summary>A critical lab result must be acknowledged in time, or it goes to the on-call GP.</summary>
    LabAlert = 2,
}
