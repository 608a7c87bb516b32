using Innomed.Grains.Journeys;

namespace Innomed.Grains.Conversations;

/// <summary>
/// The conversation of one journey (same key as the journey): a main thread plus one thread per step,
/// between the journey's care team (<see cref="CareTeam"/>). Every change is persisted before it is
/// acknowledged, then published live. Writes check the actor against the journey's current care team.
/// </summary>
[Alias("innomed.IConversationGrain")]
public interface IConversationGrain : IGrainWithGuidKey
{
    /// <summary>Posts a message; the same sender re-sending the same client message id gets the first one back.</summary>
    [Alias("send")] Task<ConversationMessage> SendAsync(SendMessage message, Actor actor);

    /// <summary>Moves the actor's read position forward (never back) to <paramref name="upToSequence"/>, at most the last message.</summary>
    [Alias("mark-read")] Task<ReadReceipt> MarkReadAsync(long upToSequence, Actor actor);

    [Alias("messages"), ReadOnly] Task<ConversationPage> GetMessagesAsync(ConversationQuery query);

    [Alias("receipts"), ReadOnly] Task<IReadOnlyList<ReadReceipt>> GetReceiptsAsync();
}
