using System.Reactive.Subjects;
using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;
using Innomed.Grains.Live;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Innomed.Api.Live;

/// <summary>
/// Gateway side of the Redis fan-out. StackExchange.Redis re-subscribes by itself after a
/// reconnect; events published while the link was down are not replayed by Redis: <see cref="Resumed"/>
/// then tells open journey streams to read the gap from the journey's timeline (clients that
/// reconnect resubscribe with sinceVersion for the same reason).
/// </summary>
public sealed class RedisLiveEventSource(IConnectionMultiplexer redis, ILogger<RedisLiveEventSource> logger)
    : ILiveEventSource, IHostedService, IDisposable
{
    /// <summary>
    /// After the connection is restored the client re-subscribes the channels; events published in
    /// between would be missed too, so the signal fires once right away and again a little later
    /// (a catch-up that finds nothing new costs one timeline read).
    /// </summary>
    private static readonly TimeSpan[] ResumeSignals = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    private readonly Subject<DateTimeOffset> _resumed = new();
    private readonly Subject<JourneyChange> _journeys = new();
    private readonly Subject<TerritoryCapacity> _capacity = new();
    private readonly Subject<EpidemiologyUpdate> _epidemiology = new();

    public IObservable<JourneyChange> JourneyChanges => _journeys;
    public IObservable<TerritoryCapacity> CapacityChanges => _capacity;
    public IObservable<EpidemiologyUpdate> EpidemiologyChanges => _epidemiology;
    public IObservable<DateTimeOffset> Resumed => _resumed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored += OnConnectionRestored;
        var subscriber = redis.GetSubscriber();
        // Ordered delivery: one handler at a time per channel keeps each journey's versions in order.
        var journeys = await subscriber.SubscribeAsync(RedisChannel.Literal(LiveChannels.Journeys));
        journeys.OnMessage(message => Dispatch(() =>
        {
            if (LiveEventCodec.DecodeJourney((byte[])message.Message!) is { } change) _journeys.OnNext(change);
        }));
        var capacity = await subscriber.SubscribeAsync(RedisChannel.Literal(LiveChannels.Capacity));
        capacity.OnMessage(message => Dispatch(() =>
        {
            if (LiveEventCodec.DecodeCapacity((byte[])message.Message!) is { } roll) _capacity.OnNext(roll);
        }));
        var epidemiology = await subscriber.SubscribeAsync(RedisChannel.Literal(LiveChannels.Epidemiology));
        epidemiology.OnMessage(message => Dispatch(() =>
        {
            if (LiveEventCodec.DecodeEpidemiology((byte[])message.Message!) is { } update) _epidemiology.OnNext(update);
        }));
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored -= OnConnectionRestored;
        return redis.GetSubscriber().UnsubscribeAllAsync();
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription) return;
        logger.LogWarning("Redis subscription link restored; open journey streams read what they missed");
        foreach (var delay in ResumeSignals)
            _ = Task.Delay(delay).ContinueWith(_ => Dispatch(() => _resumed.OnNext(DateTimeOffset.UtcNow)), TaskScheduler.Default);
    }

    private void Dispatch(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Dropped a malformed live event");
        }
    }

    public void Dispose()
    {
        _journeys.Dispose();
        _capacity.Dispose();
        _epidemiology.Dispose();
        _resumed.Dispose();
    }
}
