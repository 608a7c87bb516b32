namespace Innomed.Grains.Capacity;

/// <summary>What is wrong with one cell (or row, when <see cref="Column"/> is null) of an imported CSV; rows count from 1, the header is row 1.</summary>
[GenerateSerializer, Immutable, Alias("innomed.capacity-import-error")]
public sealed record CapacityImportError(
    [property: Id(0)] int Row,
    [property: Id(1)] string? Column,
    [property: Id(2)] string Code,
    [property: Id(3)] string Message);
