namespace Innomed.Grains.TeleExpertise;

/// <summary>
/// One remunerated act on a practitioner's monthly statement. It names the request and journey
/// (so the practitioner can find it in Innomed) but carries no patient identity.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.statement-line")]
public sealed record StatementLine
{
    [Id(0)] public required Guid RequestId { get; init; }
    [Id(1)] public required Guid JourneyId { get; init; }
    [Id(2)] public required DateTimeOffset AnsweredAt { get; init; }
    [Id(3)] public required BillingRole Role { get; init; }
    [Id(4)] public required string Code { get; init; }
    [Id(5)] public required decimal Amount { get; init; }
    [Id(6)] public required bool Billable { get; init; }
    [Id(7)] public string? NotBillableReason { get; init; }
    /// <summary>The other practitioner: the expert on a requester's line, the requester on an expert's.</summary>
    [Id(8)] public string? CounterpartId { get; init; }
}
