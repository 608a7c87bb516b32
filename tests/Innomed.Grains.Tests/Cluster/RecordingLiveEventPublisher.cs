using System.Collections.Concurrent;
using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;
using Innomed.Grains.Live;

namespace Innomed.Grains.Tests.Cluster;

/// <summary>Records what the silos publish; shared by both silos for the same reason as <see cref="SharedClock"/>.</summary>
internal sealed class RecordingLiveEventPublisher : ILiveEventPublisher
{
    public static readonly RecordingLiveEventPublisher Instance = new();

    private readonly ConcurrentQueue<JourneyChange> _changes = new();
    private readonly ConcurrentQueue<EpidemiologyUpdate> _epidemiology = new();

    public void Publish(JourneyChange change) => _changes.Enqueue(change);

    public void Publish(TerritoryCapacity capacity) { }

    public void Publish(EpidemiologyUpdate update) => _epidemiology.Enqueue(update);

    public IReadOnlyList<EpidemiologyUpdate> EpidemiologyFor(string territoryId) =>
        _epidemiology.Where(u => u.TerritoryId == territoryId).ToArray();

    public IReadOnlyList<JourneyChange> For(Guid journeyId) => _changes.Where(c => c.Event.JourneyId == journeyId).ToArray();
}
