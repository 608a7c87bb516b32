namespace Innomed.IntegrationTests.Persistence;

[GenerateSerializer, Alias("Innomed.IntegrationTests.ProbeState")]
public sealed class ProbeState
{
    [Id(0)] public string Text { get; set; } = string.Empty;
    [Id(1)] public int Number { get; set; }
    // Get-only collection on purpose: the storage serializer must fill it on read.
    [Id(2)] public List<string> History { get; } = [];
    [Id(3)] public DateTime UpdatedUtc { get; set; }
}
