using Innomed.Grains.Capacity;
using Innomed.Grains.Directory;

namespace Innomed.Grains.Directory;

[GenerateSerializer, Alias("innomed.unit-state")]
public sealed class HospitalUnitState
{
    [Id(0)] public HospitalUnitProfile? Profile { get; set; }
    [Id(1)] public UnitCapacity? Capacity { get; set; }
    [Id(2)] public JourneyIndex Index { get; set; } = new();
    /// <summary>
    /// Published capacities not yet confirmed in the history table: persisted with the capacity
    /// itself, so an acknowledged update reaches the history even if the writer or the silo fails.
    /// </summary>
    [Id(3)] public List<CapacitySample> HistoryOutbox { get; set; } = [];
}
