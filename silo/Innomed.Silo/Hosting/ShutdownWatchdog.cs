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
/// ProcessExit handler joins the shutdown), hence Kill.
/// </summary>
internal sealed class ShutdownWatchdog(IHostApplicationLifetime lifetime, IOptions<HostOptions> host, ILogger<ShutdownWatchdog> logger)
    : IHostedService
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() =>
        {
            var limit = host.Value.ShutdownTimeout + Grace;
            _ = Task.Delay(limit).ContinueWith(_ =>
            {
                logger.LogError("Graceful stop still running after {Limit}; ending the process", limit);
                Process.GetCurrentProcess().Kill();
            }, TaskScheduler.Default);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
