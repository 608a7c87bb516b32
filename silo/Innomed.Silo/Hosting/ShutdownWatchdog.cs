using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Innomed.Silo.Hosting;

/// <summary>
/// Ends the process when a graceful stop outlasts the host's shutdown timeout by
/// <see cref="Grace"/>. With PostgreSQL unreachable, Orleans' stop keeps retrying its membership
/// and reminder tables and the process never exits on SIGTERM (measured: still alive after 60 s),
/// which leaves an operator's restart hanging. Killing is safe: nothing acknowledged is only in
/// memory (every journey transition is stored before it is answered), and the other silos declare
/// this one dead through their probes. Environment.Exit would wait for the stuck host (its
/// ProcessExit handler joins the shutdown), hence Kill. Stands down once the host has stopped.
/// </summary>
internal sealed class ShutdownWatchdog : IHostedService
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeSpan _limit;
    private readonly Action _end;
    private readonly ILogger _logger;

    public ShutdownWatchdog(IHostApplicationLifetime lifetime, IOptions<HostOptions> host, ILogger<ShutdownWatchdog> logger)
        : this(lifetime, host.Value.ShutdownTimeout + Grace, () => Process.GetCurrentProcess().Kill(), logger)
    {
    }

    internal ShutdownWatchdog(IHostApplicationLifetime lifetime, TimeSpan limit, Action end, ILogger logger) =>
        (_lifetime, _limit, _end, _logger) = (lifetime, limit, end, logger);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lifetime.ApplicationStopping.Register(() =>
            _ = Task.Delay(_limit, _lifetime.ApplicationStopped).ContinueWith(delay =>
            {
                if (delay.IsCanceled) return; // stopped in time (several hosts can share a process: tests)
                _logger.LogError("Graceful stop still running after {Limit}; ending the process", _limit);
                _end();
            }, TaskScheduler.Default));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
