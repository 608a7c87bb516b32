using System.Reactive.Subjects;
using Innomed.Grains.Conversations;

namespace Innomed.Api.Live;

/// <summary>Conversation changes inside one process (the embedded run): conversation grains publish, the co-hosted gateway listens.</summary>
public sealed class InProcessConversationEvents : IConversationPublisher, IConversationFeed, IDisposable
{
    private readonly Subject<ConversationChange> _changes = new();
    private readonly ISubject<ConversationChange> _sync;

    public InProcessConversationEvents() => _sync = Subject.Synchronize(_changes);

    public IObservable<ConversationChange> Changes => _changes;

    public void Publish(ConversationChange change) => _sync.OnNext(change);

    public void Dispose() => _changes.Dispose();
}
