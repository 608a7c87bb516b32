namespace Innomed.Grains.Labs;

/// <summary>One result as the lab posts it: a numeric value with its unit and limits, or a text result.</summary>
[GenerateSerializer, Immutable, Alias("innomed.lab-result-entry")]
public sealed record LabResultEntry
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required string Label { get; init; }
    [Id(2)] public decimal? Value { get; init; }
    [Id(3)] public string? Text { get; init; }
    [Id(4)] public string? Unit { get; init; }
    [Id(5)] public decimal? ReferenceLow { get; init; }
    [Id(6)] public decimal? ReferenceHigh { get; init; }
    [Id(7)] public decimal? CriticalLow { get; init; }
    [Id(8)] public decimal? CriticalHigh { get; init; }
}
