using Innomed.Grains.Directory;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Innomed.Api.Hosting;

/// <summary>
/// Ready when a grain call round-trips within 3 s: the cluster is reachable (membership, a silo
/// hosting the grain) and, on first activation, its storage answered. Liveness needs nothing.
/// </summary>
public sealed class ClusterReadyCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.Get<ITerritoryGrain>("health-probe").GetProfileAsync().WaitAsync(TimeSpan.FromSeconds(3), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The cluster did not answer a grain call in time.");
        }
    }
}
