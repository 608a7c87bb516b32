using Innomed.Grains.Directory;

namespace Innomed.Grains.Live;

/// <summary>The gateway side of the fan-out: every change published anywhere in the cluster.</summary>
public interface ILiveEventSource
{
    IObservable<JourneyChange> JourneyChanges { get; }
    IObservable<TerritoryCapacity> CapacityChanges { get; }
}
