using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;

namespace Innomed.Grains.Live;

/// <summary>The gateway side of the fan-out: every change published anywhere in the cluster.</summary>
public interface ILiveEventSource
{
    IObservable<JourneyChange> JourneyChanges { get; }
    IObservable<TerritoryCapacity> CapacityChanges { get; }
    IObservable<EpidemiologyUpdate> EpidemiologyChanges { get; }

    /// <summary>
    /// Fires when the feed may have missed changes (its link to the bus came back after an outage):
    /// streams that can read what they missed from its source (a journey's timeline) do so now,
    /// instead of waiting for a later change to reveal the gap. An in-process feed never misses any.
    /// </summary>
    IObservable<DateTimeOffset> Resumed { get; }
}
