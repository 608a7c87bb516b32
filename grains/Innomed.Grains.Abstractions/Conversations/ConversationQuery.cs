namespace Innomed.Grains.Conversations;

/// <summary>
/// A bounded page of messages, oldest first. With <see cref="After"/>: the messages after that sequence
/// (catching up, replaying). With <see cref="Before"/>: the newest messages before it (scrolling back).
/// With neither: the newest messages. <see cref="StepId"/> narrows to one step's thread.
/// </summary>
[GenerateSerializer, Immutable, Alias("innomed.conversation-query")]
public sealed record ConversationQuery
{
    public const int MaxLimit = 200;

    [Id(0)] public long? After { get; init; }
    [Id(1)] public long? Before { get; init; }
    [Id(2)] public int Limit { get; init; } = 50;
    [Id(3)] public Guid? StepId { get; init; }
}
