using Innomed.Grains.Journeys;

namespace Innomed.Grains.Labs;

/// <summary>Asks a lab for tests, or a radiology centre for an exam, from a step of the journey.</summary>
[GenerateSerializer, Immutable, Alias("innomed.lab-order-request")]
public sealed record LabOrderRequest
{
    [Id(0)] public Guid? ParentStepId { get; init; }
    /// <summary>The lab or radiology centre (a unit of the territory).</summary>
    [Id(1)] public required string UnitId { get; init; }
    /// <summary><see cref="StepKind.LabOrder"/> or <see cref="StepKind.ImagingOrder"/>.</summary>
    [Id(2)] public StepKind Kind { get; init; } = StepKind.LabOrder;
    [Id(3)] public IReadOnlyList<LabTest> Tests { get; init; } = [];
    /// <summary>Imaging: the exam asked for (e.g. "Radiographie thoracique de face").</summary>
    [Id(4)] public string? Exam { get; init; }
    [Id(5)] public Priority Priority { get; init; } = Priority.Routine;
    /// <summary>Clinical information for the lab (why these tests).</summary>
    [Id(6)] public required string ClinicalInformation { get; init; }
    [Id(7)] public DateTimeOffset? DueBy { get; init; }
    [Id(8)] public string? Note { get; init; }
}
