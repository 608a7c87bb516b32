namespace Innomed.Grains.Conversations;

/// <summary>A page of messages (oldest first) and whether more exist before and after it.</summary>
[GenerateSerializer, Immutable, Alias("innomed.conversation-page")]
public sealed record ConversationPage(
    [property: Id(0)] IReadOnlyList<ConversationMessage> Messages,
    [property: Id(1)] bool HasOlder,
    [property: Id(2)] bool HasNewer,
    [property: Id(3)] long LastSequence);
