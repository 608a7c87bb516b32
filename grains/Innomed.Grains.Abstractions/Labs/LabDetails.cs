namespace Innomed.Grains.Labs;

/// <summary>What a lab or imaging step carries: what was ordered and what came back.</summary>
[GenerateSerializer, Immutable, Alias("innomed.lab-details")]
public sealed record LabDetails
{
    [Id(0)] public IReadOnlyList<LabTest> Tests { get; init; } = [];
    [Id(1)] public string? Exam { get; init; }
    [Id(2)] public string? ClinicalInformation { get; init; }
    /// <summary>Latest result per code (a corrected result replaces the earlier one), in posting order.</summary>
    [Id(3)] public IReadOnlyList<LabResult> Results { get; init; } = [];
    [Id(4)] public string? ImagingReport { get; init; }
}
