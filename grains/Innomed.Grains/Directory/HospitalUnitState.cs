using Innomed.Grains.Directory;

namespace Innomed.Grains.Directory;

[GenerateSerializer, Alias("innomed.unit-state")]
public sealed class HospitalUnitState
{
    [Id(0)] public HospitalUnitProfile? Profile { get; set; }
    [Id(1)] public UnitCapacity? Capacity { get; set; }
    [Id(2)] public JourneyIndex Index { get; set; } = new();
}
