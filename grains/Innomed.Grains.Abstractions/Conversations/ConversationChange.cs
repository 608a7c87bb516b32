namespace Innomed.Grains.Conversations;

/// <summary>A persisted change of a conversation, fanned out live: a new message or a read receipt.</summary>
[GenerateSerializer, Immutable, Alias("innomed.conversation-change")]
public sealed record ConversationChange(
    [property: Id(0)] Guid JourneyId,
    [property: Id(1)] ConversationMessage? Message,
    [property: Id(2)] ReadReceipt? Receipt);
