using System.Reactive.Disposables;
using System.Reactive.Subjects;
using GraphQL;
using Innomed.Api.Transport.Execution;

namespace Innomed.Api.Tests.Transport;

/// <summary>
/// A subscription's results go out in the order of its events, whatever order they finish
/// computing in; ready ones go out on the caller's thread; nothing reaches a disposed subscriber.
/// </summary>
[Trait("Category", "Transport")]
public sealed class OrderedResponseStreamTests
{
    private readonly Subject<object?> _source = new();
    private readonly Dictionary<object, TaskCompletionSource<ExecutionResult>> _computing = [];
    private readonly List<CancellationToken> _tokens = [];
    private readonly List<string> _seen = [];

    private OrderedResponseStream Stream() => new(_source,
        (value, token) =>
        {
            _tokens.Add(token);
            return _computing.TryGetValue(value!, out var pending) ? pending.Task : Task.FromResult(Result(value!));
        },
        (error, _) => Task.FromResult<Exception>(new ExecutionError("mapped: " + error.Message)));

    private IObserver<ExecutionResult> Recorder() => new Recording(_seen);

    private static ExecutionResult Result(object value) => new() { Data = value, Executed = true };

    [Fact]
    public void Given_ReadyResults_When_EventsArrive_Then_EachIsDeliveredBeforeTheSourceReturns()
    {
        using var subscription = Stream().Subscribe(Recorder());

        _source.OnNext("a");
        _seen.ShouldBe(["a"]);
        _source.OnNext("b");
        _seen.ShouldBe(["a", "b"]);
    }

    [Fact]
    public async Task Given_AResultStillComputing_When_LaterOnesAreReady_Then_TheyWaitAndAllGoOutInEventOrder()
    {
        var slow = _computing["a"] = new TaskCompletionSource<ExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Stream().Subscribe(Recorder());

        _source.OnNext("a");
        _source.OnNext("b");
        _source.OnNext("c");
        _seen.ShouldBeEmpty("b and c are ready but a comes first");

        slow.SetResult(Result("a"));
        await Until(() => _seen.Count == 3);
        _seen.ShouldBe(["a", "b", "c"]);

        _source.OnNext("d");
        _seen.ShouldBe(["a", "b", "c", "d"], "with nothing queued, ready results go inline again");
    }

    [Fact]
    public async Task Given_PendingResults_When_TheSourceFailsOrCompletes_Then_TheEndComesAfterThemAndNothingFollows()
    {
        var slow = _computing["a"] = new TaskCompletionSource<ExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var failing = Stream().Subscribe(Recorder());

        _source.OnNext("a");
        _source.OnError(new InvalidOperationException("boom"));
        _source.OnNext("late"); // a misbehaving source: ignored after the end
        _seen.ShouldBeEmpty();

        slow.SetResult(Result("a"));
        await Until(() => _seen.Count == 2);
        _seen.ShouldBe(["a", "error: mapped: boom"]);

        var completing = new Subject<object?>();
        var seen = new List<string>();
        using var completed = new OrderedResponseStream(completing, (v, _) => Task.FromResult(Result(v!)), (e, _) => Task.FromResult(e))
            .Subscribe(new Recording(seen));
        completing.OnNext("x");
        completing.OnCompleted();
        seen.ShouldBe(["x", "completed"]);
    }

    [Fact]
    public async Task Given_APendingResult_When_TheSubscriberLeaves_Then_ItIsNeverDeliveredAndItsWorkIsCancelled()
    {
        var slow = _computing["a"] = new TaskCompletionSource<ExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var upstreamDisposed = false;
        var source = new Subject<object?>();
        var stream = new OrderedResponseStream(
            System.Reactive.Linq.Observable.Create<object?>(o =>
            {
                var inner = source.Subscribe(o);
                return Disposable.Create(() =>
                {
                    upstreamDisposed = true;
                    inner.Dispose();
                });
            }),
            (value, token) =>
            {
                _tokens.Add(token);
                return _computing.TryGetValue(value!, out var p) ? p.Task : Task.FromResult(Result(value!));
            },
            (e, _) => Task.FromResult(e));
        var subscription = stream.Subscribe(Recorder());

        source.OnNext("a");
        source.OnNext("b");
        subscription.Dispose();
        upstreamDisposed.ShouldBeTrue();
        _tokens.ShouldAllBe(t => t.IsCancellationRequested);

        slow.SetResult(Result("a"));
        await Task.Delay(100);
        _seen.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_AResultThatFails_When_ItIsDelivered_Then_TheSubscriberGetsTheErrorInOrder()
    {
        var failing = _computing["b"] = new TaskCompletionSource<ExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Stream().Subscribe(Recorder());

        _source.OnNext("a");
        _source.OnNext("b");
        failing.SetException(new InvalidOperationException("execution failed"));
        await Until(() => _seen.Count == 2);

        _seen.ShouldBe(["a", "error: execution failed"]);
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        condition().ShouldBeTrue();
    }

    private sealed class Recording(List<string> seen) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            lock (seen) seen.Add((string)value.Data!);
        }

        public void OnError(Exception error)
        {
            lock (seen) seen.Add("error: " + error.Message);
        }

        public void OnCompleted()
        {
            lock (seen) seen.Add("completed");
        }
    }
}
