using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;

namespace Innomed.Grains.Live;

/// <summary>
/// Fans persisted changes out to every gateway node. Publishing never blocks nor fails the
/// caller: the change is already durable, and subscribers catch up from the timeline.
/// </summary>
public interface ILiveEventPublisher
{
    void Publish(JourneyChange change);
    void Publish(TerritoryCapacity capacity);

    /// <summary>A territory's epidemiology day changed (suppressed figures only). Default: not fanned out.</summary>
    void Publish(EpidemiologyUpdate update) { }
}
