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
/// reconnect; events published while the link was down are not replayed by Redis, which is why
/// clients resubscribe with sinceVersion and read the gap from the journey's timeline.
/// </summary>
public sealed class RedisLiveEventSource(IConnectionMultiplexer redis, ILogger<RedisLiveEventSource> logger)
    : ILiveEventSource, IHostedService, IDisposable
{
    private readonly Subject<JourneyChange> _journeys = new();
    private readonly Subject<TerritoryCapacity> _capacity = new();
    private readonly Subject<EpidemiologyUpdate> _epidemiology = new();

    public IObservable<JourneyChange> JourneyChanges => _journeys;
    public IObservable<TerritoryCapacity> CapacityChanges => _capacity;
    public IObservable<EpidemiologyUpdate> EpidemiologyChanges => _epidemiology;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
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

    public Task StopAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().UnsubscribeAllAsync();

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
    }
}
