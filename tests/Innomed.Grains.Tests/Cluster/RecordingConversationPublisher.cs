using System.Collections.Concurrent;
using Innomed.Grains.Conversations;

namespace Innomed.Grains.Tests.Cluster;

/// <summary>Records the conversation changes the silos publish (shared by both silos, like <see cref="SharedClock"/>).</summary>
internal sealed class RecordingConversationPublisher : IConversationPublisher
{
    public static readonly RecordingConversationPublisher Instance = new();

    private readonly ConcurrentQueue<ConversationChange> _changes = new();

    public void Publish(ConversationChange change) => _changes.Enqueue(change);

    public IReadOnlyList<ConversationChange> For(Guid journeyId) => _changes.Where(c => c.JourneyId == journeyId).ToArray();
}
