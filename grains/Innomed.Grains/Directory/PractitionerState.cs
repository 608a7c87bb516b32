using Innomed.Grains.Directory;

namespace Innomed.Grains.Directory;

[GenerateSerializer, Alias("innomed.practitioner-state")]
public sealed class PractitionerState
{
    [Id(0)] public PractitionerProfile? Profile { get; set; }
    [Id(1)] public JourneyIndex Index { get; set; } = new();
}
