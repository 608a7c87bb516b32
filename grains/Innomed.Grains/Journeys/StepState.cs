using Innomed.Grains.Journeys;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Grains.Journeys;

/// <summary>A step as persisted inside the journey's grain state.</summary>
[GenerateSerializer, Alias("innomed.step-state")]
public sealed class StepState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public Guid? ParentId { get; set; }
    [Id(2)] public StepKind Kind { get; set; }
    [Id(3)] public StepStatus Status { get; set; }
    [Id(4)] public Priority Priority { get; set; }
    [Id(5)] public string? RequesterId { get; set; }
    [Id(6)] public Performer? Performer { get; set; }
    [Id(7)] public string? Reason { get; set; }
    [Id(8)] public DateTimeOffset? DueBy { get; set; }
    [Id(9)] public List<StepNote> Notes { get; set; } = [];
    [Id(10)] public string? Report { get; set; }
    [Id(11)] public string? StatusReason { get; set; }
    [Id(12)] public Slot? Slot { get; set; }
    [Id(13)] public DateTimeOffset CreatedAt { get; set; }
    [Id(14)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(15)] public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>When declined: what to do instead, and who to ask (the most common complaint is a refusal without either).</summary>
    [Id(16)] public string? Alternative { get; set; }
    [Id(17)] public Performer? SuggestedPerformer { get; set; }
    /// <summary>The calendar (grain key) holding <see cref="Slot"/> when it was booked there; null for a slot set by hand.</summary>
    [Id(18)] public string? BookedCalendar { get; set; }
    /// <summary>A TELE_EXPERTISE step made by requestTeleExpertise: question, escalations, answer, acts.</summary>
    [Id(19)] public TeleExpertiseDetails? TeleExpertise { get; set; }
    [Id(20)] public Labs.LabDetails? Lab { get; set; }

    public bool IsFinal => Status is StepStatus.Completed or StepStatus.Rejected
        or StepStatus.Failed or StepStatus.Cancelled;

    /// <summary>Referrals and admissions are what put a journey in specialist care.</summary>
    public bool IsSpecialistCare => Kind is StepKind.Referral or StepKind.Admission;

    /// <summary>Accepted and not yet ended: the specialist is caring for the patient.</summary>
    public bool IsActiveCare => IsSpecialistCare && Status is StepStatus.Accepted
        or StepStatus.Scheduled or StepStatus.InProgress or StepStatus.OnHold;
}
