namespace Innomed.Grains.Conversations;

/// <summary>Fans persisted conversation changes out to the gateways; never blocks nor fails the caller.</summary>
public interface IConversationPublisher
{
    void Publish(ConversationChange change);
}
