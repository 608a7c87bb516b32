using System.Reactive.Subjects;
using Innomed.Grains.Conversations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Innomed.Api.Live;

/// <summary>
/// Gateway side of the conversations' Redis channel. What Redis drops while a link is down is read
/// back by subscribers from the conversation grain (<c>sinceSequence</c>), as for journeys.
/// </summary>
public sealed class RedisConversationFeed(IConnectionMultiplexer redis, ILogger<RedisConversationFeed> logger)
    : IConversationFeed, IHostedService, IDisposable
{
    private readonly Subject<ConversationChange> _changes = new();
    private ChannelMessageQueue? _queue;

    public IObservable<ConversationChange> Changes => _changes;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _queue = await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(ConversationLive.Channel));
        _queue.OnMessage(message =>
        {
            try
            {
                if (ConversationLive.Decode((byte[])message.Message!) is { } change) _changes.OnNext(change);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Dropped a malformed conversation event");
            }
        });
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_queue is not null) await _queue.UnsubscribeAsync();
    }

    public void Dispose() => _changes.Dispose();
}
