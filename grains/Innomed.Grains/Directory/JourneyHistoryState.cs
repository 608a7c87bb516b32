using Innomed.Grains.Journeys;

namespace Innomed.Grains.Directory;

/// <summary>Ended journeys an index grain keeps for its history view: a state of its own, written only when a journey ends.</summary>
[GenerateSerializer, Alias("innomed.journey-history-state")]
public sealed class JourneyHistoryState
{
    [Id(0)] public JourneyIndex Index { get; set; } = new();
}
