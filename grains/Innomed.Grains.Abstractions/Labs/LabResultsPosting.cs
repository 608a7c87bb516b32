namespace Innomed.Grains.Labs;

/// <summary>Results (and/or an imaging report) for one lab or imaging step; <see cref="Final"/> completes it.</summary>
[GenerateSerializer, Immutable, Alias("innomed.lab-results-posting")]
public sealed record LabResultsPosting
{
    [Id(0)] public required Guid StepId { get; init; }
    [Id(1)] public IReadOnlyList<LabResultEntry> Results { get; init; } = [];
    [Id(2)] public string? ImagingReport { get; init; }
    [Id(3)] public bool Final { get; init; }
}
