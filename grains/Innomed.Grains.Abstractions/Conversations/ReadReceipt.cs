using Innomed.Grains.Journeys;

namespace Innomed.Grains.Conversations;

/// <summary>How far one participant has read: every message up to <see cref="LastReadSequence"/> included.</summary>
[GenerateSerializer, Immutable, Alias("innomed.read-receipt")]
public sealed record ReadReceipt(
    [property: Id(0)] string ParticipantId,
    [property: Id(1)] ActorRole Role,
    [property: Id(2)] long LastReadSequence,
    [property: Id(3)] DateTimeOffset ReadAt);
