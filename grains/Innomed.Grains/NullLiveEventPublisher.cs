using Innomed.Grains.Directory;
using Innomed.Grains.Live;

namespace Innomed.Grains;

/// <summary>Used when the host wires no fan-out (pure grain tests).</summary>
internal sealed class NullLiveEventPublisher : ILiveEventPublisher
{
    public void Publish(JourneyChange change) { }
    public void Publish(TerritoryCapacity capacity) { }
}
