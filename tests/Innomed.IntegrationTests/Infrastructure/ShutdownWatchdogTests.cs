using Innomed.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Innomed.IntegrationTests.Infrastructure;

/// <summary>The silo's shutdown watchdog ends a stop that hangs, and only that.</summary>
public sealed class ShutdownWatchdogTests
{
    [Fact]
    public async Task Given_AStopThatHangs_When_TheLimitPasses_Then_TheProcessIsEnded()
    {
        var lifetime = new Lifetime();
        var ended = new TaskCompletionSource();
        await new ShutdownWatchdog(lifetime, TimeSpan.FromMilliseconds(100), () => ended.TrySetResult(), NullLogger.Instance)
            .StartAsync(CancellationToken.None);

        lifetime.StopApplication();

        (await Task.WhenAny(ended.Task, Task.Delay(TimeSpan.FromSeconds(10)))).ShouldBe(ended.Task);
    }

    [Fact]
    public async Task Given_AStopThatCompletes_When_TheLimitPasses_Then_NothingIsEnded()
    {
        // Several hosts share a test process: a watchdog that outlived its host's stop killed the test host.
        var lifetime = new Lifetime();
        var ended = false;
        await new ShutdownWatchdog(lifetime, TimeSpan.FromMilliseconds(200), () => ended = true, NullLogger.Instance)
            .StartAsync(CancellationToken.None);

        lifetime.StopApplication();
        lifetime.Stopped();
        await Task.Delay(600);

        ended.ShouldBeFalse();
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _started = new();
        private readonly CancellationTokenSource _stopping = new();
        private readonly CancellationTokenSource _stopped = new();

        public CancellationToken ApplicationStarted => _started.Token;
        public CancellationToken ApplicationStopping => _stopping.Token;
        public CancellationToken ApplicationStopped => _stopped.Token;

        public void StopApplication() => _stopping.Cancel();

        public void Stopped() => _stopped.Cancel();
    }
}
