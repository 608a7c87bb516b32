using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Innomed.Grains.Tests.Cluster;

/// <summary>Deadlines as production runs them: real clock, 1-minute sweeps, a wake-up at the earliest due time.</summary>
public sealed class ProductionDeadlineSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddInnomedMemoryStorage();
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.Services.AddSingleton<Innomed.Grains.Capacity.ICapacityHistoryStore>(TestCapacityHistoryStore.Instance);
        siloBuilder.Services.AddInnomedGrains();
        siloBuilder.Services.Configure<JourneyOptions>(o => o.FirstCheckAtDueTime = true);
        // Short enough to watch the wake-up timer escalate on time, far below the 1-minute sweep period.
        siloBuilder.Services.Configure<Innomed.Grains.Labs.LabOptions>(o => o.AlertEscalationDelay = TimeSpan.FromSeconds(2));
    }
}
