namespace Innomed.IntegrationTests.Persistence;

/// <summary>A grain state as first shipped.</summary>
[GenerateSerializer, Alias("Innomed.IntegrationTests.EscalationStateV1")]
public sealed class EscalationStateV1
{
    [Id(0)] public string JourneyId { get; set; } = string.Empty;
    [Id(1)] public int Level { get; set; }
}
