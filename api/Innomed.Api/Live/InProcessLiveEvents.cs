using System.Reactive.Subjects;
using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;
using Innomed.Grains.Live;

namespace Innomed.Api.Live;

/// <summary>
/// Fan-out inside one process (the embedded run): silos publish, the co-hosted gateway listens.
/// Subscribers only enqueue, so publishing never waits on a socket.
/// </summary>
public sealed class InProcessLiveEvents : ILiveEventPublisher, ILiveEventSource, IDisposable
{
    private readonly Subject<JourneyChange> _journeys = new();
    private readonly Subject<TerritoryCapacity> _capacity = new();
    private readonly Subject<EpidemiologyUpdate> _epidemiology = new();
    private readonly ISubject<JourneyChange> _journeysSync;
    private readonly ISubject<TerritoryCapacity> _capacitySync;
    private readonly ISubject<EpidemiologyUpdate> _epidemiologySync;

    public InProcessLiveEvents()
    {
        // Grains on different activations publish concurrently; Rx subjects need serialised OnNext.
        _journeysSync = Subject.Synchronize(_journeys);
        _capacitySync = Subject.Synchronize(_capacity);
        _epidemiologySync = Subject.Synchronize(_epidemiology);
    }

    public IObservable<JourneyChange> JourneyChanges => _journeys;
    public IObservable<TerritoryCapacity> CapacityChanges => _capacity;
    public IObservable<EpidemiologyUpdate> EpidemiologyChanges => _epidemiology;
    public IObservable<DateTimeOffset> Resumed { get; } = System.Reactive.Linq.Observable.Never<DateTimeOffset>();

    public void Publish(JourneyChange change) => _journeysSync.OnNext(change);
    public void Publish(TerritoryCapacity capacity) => _capacitySync.OnNext(capacity);
    public void Publish(EpidemiologyUpdate update) => _epidemiologySync.OnNext(update);

    public void Dispose()
    {
        _journeys.Dispose();
        _capacity.Dispose();
        _epidemiology.Dispose();
    }
}
