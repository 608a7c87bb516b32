namespace Innomed.Grains.Labs;

/// <summary>A test ordered: a LOINC-like code and its label (e.g. "2823-3", "Potassium").</summary>
[GenerateSerializer, Immutable, Alias("innomed.lab-test")]
public sealed record LabTest([property: Id(0)] string Code, [property: Id(1)] string Label);
