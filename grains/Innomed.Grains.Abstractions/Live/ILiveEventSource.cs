using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;

namespace Innomed.Grains.Live;

/// <summary>The gateway side of the fan-out: every change published anywhere in the cluster.</summary>
public interface ILiveEventSource
{
    IObservable<JourneyChange> JourneyChanges { get; }
    IObservable<TerritoryCapacity> CapacityChanges { get; }
    IObservable<EpidemiologyUpdate> EpidemiologyChanges { get; }
}
