using Innomed.Grains.Directory;
using Innomed.Grains.Epidemiology;
using Innomed.Grains.Live;
using StackExchange.Redis;

namespace Innomed.Silo.Live;

/// <summary>
/// Silo side of the Redis fan-out. Fire-and-forget on one multiplexer keeps each journey's
/// events in order (a journey lives on one silo at a time) and never blocks a grain; while Redis
/// is away the client's backlog holds commands, and anything lost is read back from the timeline
/// by subscribers resuming with sinceVersion.
/// </summary>
public sealed class RedisLiveEventPublisher(IConnectionMultiplexer redis) : ILiveEventPublisher
{
    private static readonly RedisChannel Journeys = RedisChannel.Literal(LiveChannels.Journeys);
    private static readonly RedisChannel Capacity = RedisChannel.Literal(LiveChannels.Capacity);
    private static readonly RedisChannel Epidemiology = RedisChannel.Literal(LiveChannels.Epidemiology);

    public void Publish(JourneyChange change) =>
        redis.GetSubscriber().Publish(Journeys, LiveEventCodec.Encode(change), CommandFlags.FireAndForget);

    public void Publish(TerritoryCapacity capacity) =>
        redis.GetSubscriber().Publish(Capacity, LiveEventCodec.Encode(capacity), CommandFlags.FireAndForget);

    public void Publish(EpidemiologyUpdate update) =>
        redis.GetSubscriber().Publish(Epidemiology, LiveEventCodec.Encode(update), CommandFlags.FireAndForget);
}
