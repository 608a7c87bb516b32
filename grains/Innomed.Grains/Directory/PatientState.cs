namespace Innomed.Grains.Directory;

[GenerateSerializer, Alias("innomed.patient-state")]
public sealed class PatientState
{
    [Id(0)] public JourneyIndex Index { get; set; } = new();
}
