namespace Innomed.IntegrationTests.Persistence;

[GenerateSerializer, Alias("Innomed.IntegrationTests.CounterState")]
public sealed class CounterState
{
    [Id(0)] public int Writes { get; set; }
}
