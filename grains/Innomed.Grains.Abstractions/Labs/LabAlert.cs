namespace Innomed.Grains.Labs;

/// <summary>
/// A critical result waiting for a clinician: raised for the practitioner who ordered the test,
/// escalated to the territory's on-call GP when nobody acknowledges it in time.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.lab-alert")]
public sealed record LabAlert
{
    [Id(0)] public required Guid Id { get; init; }
    [Id(1)] public required Guid JourneyId { get; init; }
    [Id(2)] public required Guid StepId { get; init; }
    [Id(3)] public required DateTimeOffset RaisedAt { get; init; }
    /// <summary>Who ordered the test and gets the alert first.</summary>
    [Id(4)] public required string OrderedBy { get; init; }
    /// <summary>The critical results' codes (no values: the step holds them).</summary>
    [Id(5)] public IReadOnlyList<string> Codes { get; init; } = [];
    [Id(6)] public required DateTimeOffset EscalateAt { get; init; }
    [Id(7)] public DateTimeOffset? EscalatedAt { get; init; }
    /// <summary>The on-call GP it went to; null after an escalation that found nobody on call.</summary>
    [Id(8)] public string? EscalatedTo { get; init; }
    [Id(9)] public DateTimeOffset? AcknowledgedAt { get; init; }
    [Id(10)] public string? AcknowledgedBy { get; init; }

    public bool IsOpen => AcknowledgedAt is null;

    /// <summary>Whom it concerns now: the orderer, and the on-call GP once escalated.</summary>
    public bool Concerns(string practitionerId) => OrderedBy == practitionerId || EscalatedTo == practitionerId;
}
