using System.Reactive;
using Innomed.Api.Live;

namespace Innomed.Api.Tests.Live;

/// <summary>
/// The pump's observers: whoever is in the list gets each value exactly once, whoever left gets
/// nothing, one that throws does not keep the others from it, and joining and leaving at scale
/// (the array grows and is compacted under the caller) keeps all of that true.
/// </summary>
[Trait("Category", "Live")]
public sealed class ObserverListTests
{
    [Fact]
    public void Given_ObserversJoiningAndLeavingInWaves_When_ValuesArePublished_Then_ExactlyThePresentOnesGetEachOnce()
    {
        var list = new ObserverList<int>();
        var received = new int[10_000];
        var subscriptions = new IDisposable?[received.Length];
        for (var i = 0; i < received.Length; i++)
        {
            var index = i;
            subscriptions[i] = list.Add(Observer.Create<int>(_ => received[index]++));
        }

        list.OnNext(1, ex => throw ex);
        received.ShouldAllBe(n => n == 1);

        // Nine in ten leave (the array is compacted on the way), then new ones join.
        for (var i = 0; i < received.Length; i++)
        {
            if (i % 10 == 0) continue;
            subscriptions[i]!.Dispose();
            subscriptions[i]!.Dispose(); // twice: harmless
        }
        var joined = 0;
        for (var i = 0; i < 500; i++) list.Add(Observer.Create<int>(_ => joined++));
        list.OnNext(2, ex => throw ex);

        received.Where((_, i) => i % 10 == 0).ShouldAllBe(n => n == 2);
        received.Where((_, i) => i % 10 != 0).ShouldAllBe(n => n == 1);
        joined.ShouldBe(500);
        list.IsEmpty.ShouldBeFalse();
    }

    [Fact]
    public void Given_AnObserverThatThrows_When_AValueIsPublished_Then_TheOthersStillGetItAndTheFailureIsReported()
    {
        var list = new ObserverList<int>();
        var got = new List<string>();
        list.Add(Observer.Create<int>(_ => got.Add("first")));
        list.Add(Observer.Create<int>(_ => throw new InvalidOperationException("boom")));
        list.Add(Observer.Create<int>(_ => got.Add("third")));
        var failures = new List<Exception>();

        list.OnNext(1, failures.Add);

        got.ShouldBe(["first", "third"]);
        failures.ShouldHaveSingleItem().Message.ShouldBe("boom");
    }

    [Fact]
    public void Given_EveryoneLeaves_When_Checked_Then_TheListIsEmptyAndADeliveryReachesNobody()
    {
        var list = new ObserverList<int>();
        var calls = 0;
        var subscriptions = Enumerable.Range(0, 100).Select(_ => list.Add(Observer.Create<int>(_ => calls++))).ToList();

        subscriptions.ForEach(s => s.Dispose());
        list.OnNext(1, ex => throw ex);

        list.IsEmpty.ShouldBeTrue();
        calls.ShouldBe(0);
    }

    [Fact]
    public async Task Given_ObserversJoiningAndLeavingDuringDeliveries_When_Published_Then_NothingThrowsAndStayersGetEveryValue()
    {
        var list = new ObserverList<int>();
        var stayer = 0;
        list.Add(Observer.Create<int>(_ => Interlocked.Increment(ref stayer)));
        using var stop = new CancellationTokenSource();
        var churn = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested) list.Add(Observer.Create<int>(_ => { })).Dispose();
        });

        for (var i = 0; i < 20_000; i++) list.OnNext(i, ex => throw ex);
        await stop.CancelAsync();
        await churn;

        stayer.ShouldBe(20_000);
    }
}
