using Innomed.Grains.Conversations;

namespace Innomed.Grains.Conversations;

/// <summary>A journey's conversation as persisted: the messages in order, the read positions, the client ids seen.</summary>
[GenerateSerializer, Alias("innomed.conversation-state")]
public sealed class ConversationState
{
    [Id(0)] public List<ConversationMessage> Messages { get; set; } = [];

    /// <summary>Per participant id.</summary>
    [Id(1)] public Dictionary<string, ReadReceipt> Receipts { get; set; } = [];

    /// <summary>"senderId\nclientMessageId" → sequence: a retried send returns the message it already created.</summary>
    [Id(2)] public Dictionary<string, long> ClientMessageIds { get; set; } = [];

    public long LastSequence => Messages.Count == 0 ? 0 : Messages[^1].Sequence;
}
