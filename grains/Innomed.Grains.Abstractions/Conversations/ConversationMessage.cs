namespace Innomed.Grains.Conversations;

/// <summary>
/// One persisted message of a journey's conversation. <see cref="Sequence"/> is its position in the
/// conversation (1, 2, 3... with no gap): the order everybody sees and the cursor of pages and replays.
/// The text is patient data: it is never logged.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.conversation-message")]
public sealed record ConversationMessage
{
    [Id(0)] public required long Sequence { get; init; }
    [Id(1)] public required Guid Id { get; init; }
    [Id(2)] public required Guid JourneyId { get; init; }
    /// <summary>The step thread the message belongs to; null for the journey's main thread.</summary>
    [Id(3)] public Guid? StepId { get; init; }
    [Id(4)] public required string SenderId { get; init; }
    [Id(5)] public required Journeys.ActorRole SenderRole { get; init; }
    [Id(6)] public required string Text { get; init; }
    /// <summary>Ids of stored documents (<c>/documents/{id}</c>) of the same journey.</summary>
    [Id(7)] public IReadOnlyList<Guid> Attachments { get; init; } = [];
    /// <summary>The sender's own id for this message: sending it again returns this message instead of a copy.</summary>
    [Id(8)] public string? ClientMessageId { get; init; }
    [Id(9)] public required DateTimeOffset SentAt { get; init; }
}
