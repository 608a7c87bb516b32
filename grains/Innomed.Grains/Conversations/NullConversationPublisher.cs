namespace Innomed.Grains.Conversations;

/// <summary>Used when the host wires no live fan-out: changes stay durable and are read back by queries.</summary>
internal sealed class NullConversationPublisher : IConversationPublisher
{
    public void Publish(ConversationChange change) { }
}
