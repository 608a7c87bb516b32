namespace Innomed.Grains.Labs;

/// <summary>A posted result with the flag Innomed computed from its limits.</summary>
[GenerateSerializer, Immutable, Alias("innomed.lab-result")]
public sealed record LabResult
{
    [Id(0)] public required LabResultEntry Entry { get; init; }
    [Id(1)] public required ResultFlag Flag { get; init; }
    [Id(2)] public required DateTimeOffset PostedAt { get; init; }
    [Id(3)] public required string PostedBy { get; init; }

    public bool IsAbnormal => Flag is ResultFlag.Low or ResultFlag.High or ResultFlag.CriticalLow or ResultFlag.CriticalHigh;
    public bool IsCritical => Flag is ResultFlag.CriticalLow or ResultFlag.CriticalHigh;
}
