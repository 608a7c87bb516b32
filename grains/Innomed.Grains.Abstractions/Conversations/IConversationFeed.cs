namespace Innomed.Grains.Conversations;

/// <summary>The gateway side: every conversation change published anywhere in the cluster.</summary>
public interface IConversationFeed
{
    IObservable<ConversationChange> Changes { get; }
}
