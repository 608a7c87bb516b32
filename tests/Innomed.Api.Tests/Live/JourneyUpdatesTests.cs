using System.Reactive.Linq;
using System.Reactive.Subjects;
using System.Reflection;
using Innomed.Api.Schema;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Journeys;
using Innomed.Grains.Live;

using static Innomed.Api.Tests.Live.LiveChanges;

namespace Innomed.Api.Tests.Live;

/// <summary>
/// The journey stream's hand-over between the feed's thread (caught up) and its own loop (replay,
/// gaps, resumes): whatever the interleaving, a subscriber gets every version once, in order.
/// The grain is a timeline in memory (pure logic under test).
/// </summary>
[Trait("Category", "Live")]
public sealed class JourneyUpdatesTests
{
    [Fact]
    public async Task Given_ChangesPublishedWhileSubscribingWithDropsAndResumes_When_Streamed_Then_EveryVersionArrivesOnceInOrder()
    {
        const int total = 3000;
        var journey = Guid.NewGuid();
        var timeline = new Timeline();
        var feed = Subject.Synchronize(new Subject<JourneyChange>());
        var resumed = Subject.Synchronize(new Subject<DateTimeOffset>());
        var received = new List<int>();
        var done = new TaskCompletionSource();
        for (var v = 1; v <= 100; v++) timeline.Append(Event(journey, v)); // before the subscription: replayed

        var publishing = Task.Run(async () =>
        {
            for (var v = 101; v <= total; v++)
            {
                var evt = Event(journey, v);
                timeline.Append(evt);
                if (v % 7 != 0) feed.OnNext(new JourneyChange(evt, null!)); // every 7th is lost by the feed
                if (v % 250 == 0) resumed.OnNext(DateTimeOffset.UtcNow);
                if (v % 100 == 0) await Task.Yield();
            }
        });
        using var subscription = JourneyUpdates.Stream(feed, resumed, timeline.Grain, since: 0).Subscribe(node =>
        {
            lock (received) received.Add(node.Event.Version);
            if (node.Event.Version == total) done.TrySetResult();
        });
        await publishing;
        // The last version was published (total % 7 != 0), so the stream sees it live or reads it back.
        (await Task.WhenAny(done.Task, Task.Delay(TimeSpan.FromSeconds(20)))).ShouldBe(done.Task);

        lock (received) received.ShouldBe(Enumerable.Range(1, total));
    }

    /// <summary>A journey's timeline: only <c>GetEventsAsync</c> is answered.</summary>
    private sealed class Timeline
    {
        private readonly List<JourneyEvent> _events = [];

        public Timeline() => Grain = GrainProxy.Create(this);

        public IJourneyGrain Grain { get; }

        public void Append(JourneyEvent evt)
        {
            lock (_events) _events.Add(evt);
        }

        public JourneyEventPage Page(int after, int max)
        {
            lock (_events) return new JourneyEventPage(_events.Skip(after).Take(max).ToArray(), _events.Count);
        }
    }

    public class GrainProxy : DispatchProxy
    {
        private Timeline? _timeline;

        internal static IJourneyGrain Create(object timeline)
        {
            var proxy = DispatchProxy.Create<IJourneyGrain, GrainProxy>();
            ((GrainProxy)(object)proxy)._timeline = (Timeline)timeline;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args) => method?.Name switch
        {
            nameof(IJourneyGrain.GetEventsAsync) => Task.FromResult(_timeline!.Page((int)args![0]!, (int)args[1]!)),
            _ => throw new NotSupportedException(method?.Name),
        };
    }
}
