using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Innomed.Grains.Tests.Cluster;

/// <summary>Deadline reminders as production runs them: real clock, first check when the deadline is due.</summary>
public sealed class ProductionDeadlineSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddMemoryGrainStorage(GrainServices.Storage);
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.Services.AddSingleton<Innomed.Grains.Capacity.ICapacityHistoryStore>(TestCapacityHistoryStore.Instance);
        siloBuilder.Services.AddInnomedGrains();
        siloBuilder.Services.Configure<JourneyOptions>(o => o.FirstCheckAtDueTime = true);
    }
}
