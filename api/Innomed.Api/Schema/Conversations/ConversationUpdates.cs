using System.Reactive.Linq;
using System.Threading.Channels;
using Innomed.Grains.Conversations;

namespace Innomed.Api.Schema.Conversations;

/// <summary>
/// One conversation's updates for a subscriber: listen live first, replay the messages after
/// <c>sinceSequence</c> and the current read receipts from the grain, then pass live updates on.
/// Messages come in sequence order with no gap and no duplicate (a gap — a Redis outage — is read
/// back from the grain, also as soon as the feed says it resumed after an outage); receipts are
/// positions, so a stale or repeated one is harmless.
/// </summary>
public static class ConversationUpdates
{
    private const int PageSize = ConversationQuery.MaxLimit;

    public static IObservable<ConversationChange> Stream(IConversationFeed feed, IObservable<DateTimeOffset> resumed,
        IConversationGrain grain, Guid journeyId, long since) =>
        Observable.Create<ConversationChange>(async (observer, cancellation) =>
        {
            // null: the feed resumed after an outage, read what may have been missed.
            var inbox = Channel.CreateUnbounded<ConversationChange?>(new UnboundedChannelOptions { SingleReader = true });
            using var subscription = feed.Changes.Where(c => c.JourneyId == journeyId).Subscribe(c => inbox.Writer.TryWrite(c));
            using var resumedSubscription = resumed.Subscribe(_ => inbox.Writer.TryWrite(null));
            var last = await CatchUpAsync(grain, journeyId, since, observer, cancellation);
            foreach (var receipt in await grain.GetReceiptsAsync()) observer.OnNext(new ConversationChange(journeyId, null, receipt));
            await foreach (var change in inbox.Reader.ReadAllAsync(cancellation))
            {
                if (change is null)
                {
                    last = await CatchUpAsync(grain, journeyId, last, observer, cancellation);
                    foreach (var receipt in await grain.GetReceiptsAsync()) observer.OnNext(new ConversationChange(journeyId, null, receipt));
                    continue;
                }
                if (change.Message is not { } message)
                {
                    observer.OnNext(change);
                    continue;
                }
                if (message.Sequence > last + 1) last = await CatchUpAsync(grain, journeyId, last, observer, cancellation);
                if (message.Sequence != last + 1) continue; // already delivered
                observer.OnNext(change);
                last = message.Sequence;
            }
        });

    private static async Task<long> CatchUpAsync(IConversationGrain grain, Guid journeyId, long last,
        IObserver<ConversationChange> observer, CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            var page = await grain.GetMessagesAsync(new ConversationQuery { After = last, Limit = PageSize });
            foreach (var message in page.Messages)
            {
                observer.OnNext(new ConversationChange(journeyId, message, null));
                last = message.Sequence;
            }
            if (!page.HasNewer) break;
        }
        return last;
    }
}
