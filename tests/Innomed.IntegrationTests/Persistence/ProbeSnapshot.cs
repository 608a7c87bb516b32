namespace Innomed.IntegrationTests.Persistence;

[GenerateSerializer, Alias("Innomed.IntegrationTests.ProbeSnapshot")]
public sealed record ProbeSnapshot(
    [property: Id(0)] string Text,
    [property: Id(1)] int Number,
    [property: Id(2)] IReadOnlyList<string> History,
    [property: Id(3)] string? ETag,
    [property: Id(4)] int DefaultStorageWrites,
    [property: Id(5)] bool RecordExists);
