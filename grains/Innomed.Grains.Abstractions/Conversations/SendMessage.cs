namespace Innomed.Grains.Conversations;

/// <summary>A message to post. <see cref="ClientMessageId"/> makes a retry safe (same sender, same id: same message).</summary>
[GenerateSerializer, Immutable, Alias("innomed.send-message")]
public sealed record SendMessage
{
    public const int MaxAttachments = 10;

    [Id(0)] public required string Text { get; init; }
    [Id(1)] public Guid? StepId { get; init; }
    [Id(2)] public string? ClientMessageId { get; init; }
    [Id(3)] public IReadOnlyList<Guid> Attachments { get; init; } = [];
}
