using Innomed.Grains.Conversations;
using StackExchange.Redis;

namespace Innomed.Silo.Live;

/// <summary>Silo side of the conversations' Redis channel: fire-and-forget, in order per conversation (one activation at a time).</summary>
public sealed class RedisConversationPublisher(IConnectionMultiplexer redis) : IConversationPublisher
{
    private static readonly RedisChannel Channel = RedisChannel.Literal(ConversationLive.Channel);

    public void Publish(ConversationChange change) =>
        redis.GetSubscriber().Publish(Channel, ConversationLive.Encode(change), CommandFlags.FireAndForget);
}
