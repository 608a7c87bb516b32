namespace Innomed.Grains.Journeys;

/// <summary>An action on one step, with what that action needs (reason, report, slot).</summary>
[GenerateSerializer, Immutable, Alias("innomed.step-update")]
public sealed record StepUpdate
{
    [Id(0)] public required Guid StepId { get; init; }
    [Id(1)] public required StepAction Action { get; init; }
    [Id(2)] public string? Note { get; init; }
    [Id(3)] public string? Report { get; init; }
    [Id(4)] public string? Reason { get; init; }
    [Id(5)] public Slot? Slot { get; init; }
    /// <summary>Declining a referral, tele-expertise or admission: what the patient should do instead (required).</summary>
    [Id(6)] public string? Alternative { get; init; }
    /// <summary>Optionally, who to ask instead.</summary>
    [Id(7)] public Performer? SuggestedPerformer { get; init; }
}
