using System.Reactive.Subjects;
using Innomed.Api.Schema;
using Innomed.Grains.Journeys;
using Innomed.Grains.Live;

namespace Innomed.Api.Tests.Live;

/// <summary>
/// Feeds over many journeys (referrals, a unit's journeys, the emergency queue) read back what the
/// live feed dropped: a gap within a journey, and after an outage every journey that moved, new
/// ones included, without repeating what was delivered or reaching back before the subscription.
/// Timelines and the index are in memory (pure logic under test).
/// </summary>
[Trait("Category", "Live")]
public sealed class JourneyFeedTests
{
    private readonly Subject<JourneyChange> _feed = new();
    private readonly Subject<DateTimeOffset> _resumed = new();
    private readonly Dictionary<Guid, List<JourneyEvent>> _timelines = [];
    private readonly HashSet<Guid> _ours = [];
    private readonly List<Guid> _read = [];
    private readonly List<(Guid Journey, int Version)> _received = [];

    private JourneyFeed.Source Source() => new(_feed, _resumed,
        () => Task.FromResult<IReadOnlyList<JourneySummary>>(_timelines.Select(t => Summary(t.Key)).ToList()),
        (id, after, max) =>
        {
            lock (_read) _read.Add(id);
            var events = _timelines[id];
            return Task.FromResult(new JourneyEventPage(events.Skip(after).Take(max).ToArray(), events.Count));
        },
        id => Task.FromResult<JourneySnapshot?>(Snapshot(id, _timelines[id].Count)));

    private IDisposable Subscribe() => JourneyFeed.Stream(Source(), j => _ours.Contains(j.Id),
            (evt, _) => evt.Type == JourneyEventType.StepAdded ? evt : null)
        .Subscribe(e =>
        {
            lock (_received) _received.Add((e.JourneyId, e.Version));
        });

    [Fact]
    public async Task Given_AFollowedJourney_When_TheFeedSkipsVersions_Then_TheMissingOnesAreReadBackFirstAndNothingRepeats()
    {
        var ours = Journey(followed: true);
        var theirs = Journey(followed: false);
        using var subscription = Subscribe();

        Publish(ours);          // 1: live
        Publish(theirs);        // not followed: never delivered, never read
        Append(ours);           // 2: dropped by the feed
        Append(ours);           // 3: dropped
        Publish(ours);          // 4: reveals the gap
        await Until(() => Count == 4);
        Publish(ours);          // 5: live again

        await Until(() => Count == 5);
        Received(ours).ShouldBe([1, 2, 3, 4, 5]);
        Received(theirs).ShouldBeEmpty();
        _read.ShouldNotContain(theirs);
    }

    [Fact]
    public async Task Given_AnOutage_When_TheFeedResumes_Then_JourneysThatMovedAndNewOnesAreCaughtUpFromWhereTheSubscriberStood()
    {
        var known = Journey(followed: true);
        var old = Journey(followed: true, startedAt: DateTimeOffset.UtcNow.AddHours(-2)); // untouched since before the subscription
        var reopened = Journey(followed: true, startedAt: DateTimeOffset.UtcNow.AddHours(-2)); // old, moves during the outage
        using var subscription = Subscribe();
        Publish(known);                                         // 1: live

        Append(known);                                          // 2, 3: during the outage
        Append(known);
        var created = Journey(followed: true);                  // new during the outage: 1, 2
        Append(created);
        Append(created);
        Append(reopened);                                       // 2: during the outage
        _resumed.OnNext(DateTimeOffset.UtcNow);

        await Until(() => Count == 6);
        Received(known).ShouldBe([1, 2, 3]);
        Received(created).ShouldBe([1, 2]);
        Received(reopened).ShouldBe([2], "its first event is from before the subscription");
        _read.ShouldNotContain(old, "not changed since the subscription: not read");

        _resumed.OnNext(DateTimeOffset.UtcNow);                 // a second signal finds nothing new
        Publish(known);                                         // 4
        await Until(() => Count == 7);
        Received(known).ShouldBe([1, 2, 3, 4]);
        Received(created).ShouldBe([1, 2]);
    }

    /// <summary>A journey with no events yet, or with its first one at <paramref name="startedAt"/>.</summary>
    private Guid Journey(bool followed, DateTimeOffset? startedAt = null)
    {
        var id = Guid.NewGuid();
        if (followed) _ours.Add(id);
        _timelines[id] = [];
        if (startedAt is { } at) Append(id, at);
        return id;
    }

    private JourneyEvent Append(Guid id, DateTimeOffset? at = null)
    {
        var timeline = _timelines[id];
        var evt = new JourneyEvent
        {
            JourneyId = id, Version = timeline.Count + 1, Type = JourneyEventType.StepAdded, At = at ?? DateTimeOffset.UtcNow,
            ActorId = "gp", Stage = JourneyStage.PrimaryCare,
        };
        timeline.Add(evt);
        return evt;
    }

    /// <summary>The journey's next event, heard live.</summary>
    private void Publish(Guid id)
    {
        var evt = Append(id);
        _feed.OnNext(new JourneyChange(evt, Snapshot(id, evt.Version)));
    }

    private JourneySummary Summary(Guid id)
    {
        var last = _timelines[id][^1];
        return new JourneySummary
        {
            JourneyId = id, TerritoryId = "t", Stage = JourneyStage.PrimaryCare, Version = last.Version, UpdatedAt = last.At,
            CreatedAt = _timelines[id][0].At,
        };
    }

    private static JourneySnapshot Snapshot(Guid id, int version) => new()
    {
        Id = id, TerritoryId = "t", Stage = JourneyStage.PrimaryCare, Version = version,
        Patient = new PatientIdentity("A", "B", new DateOnly(1970, 1, 1)), RootStepId = Guid.NewGuid(), Steps = [],
        CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
    };

    private int Count
    {
        get
        {
            lock (_received) return _received.Count;
        }
    }

    private int[] Received(Guid id)
    {
        lock (_received) return _received.Where(r => r.Journey == id).Select(r => r.Version).ToArray();
    }

    private async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++) await Task.Delay(10);
        string seen;
        lock (_received) seen = string.Join(", ", _received.Select(r => $"{_timelines.Keys.ToList().IndexOf(r.Journey)}:{r.Version}"));
        condition().ShouldBeTrue($"received (journey index: version): {seen}");
    }
}
