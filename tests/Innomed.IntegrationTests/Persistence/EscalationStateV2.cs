namespace Innomed.IntegrationTests.Persistence;

/// <summary>The same state one release later: two fields added, one with a non-zero default.</summary>
[GenerateSerializer, Alias("Innomed.IntegrationTests.EscalationStateV2")]
public sealed class EscalationStateV2
{
    [Id(0)] public string JourneyId { get; set; } = string.Empty;
    [Id(1)] public int Level { get; set; }
    [Id(2)] public string Channel { get; set; } = "sms";
    [Id(3)] public int Retries { get; set; }
}
