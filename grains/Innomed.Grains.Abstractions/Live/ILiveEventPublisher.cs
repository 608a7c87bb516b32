using Innomed.Grains.Directory;

namespace Innomed.Grains.Live;

/// <summary>
/// Fans persisted changes out to every gateway node. Publishing never blocks nor fails the
/// caller: the change is already durable, and subscribers catch up from the timeline.
/// </summary>
public interface ILiveEventPublisher
{
    void Publish(JourneyChange change);
    void Publish(TerritoryCapacity capacity);
}
