using Innomed.Silo.Persistence;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Innomed.IntegrationTests.Persistence;

/// <summary>
/// Test silos get exactly the production wiring. The silo's configuration is the in-memory one
/// TestCluster builds (its own keys plus the test's <c>TestClusterBuilder.Properties</c>).
/// </summary>
public sealed class InnomedSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.UseInnomedStorage(siloBuilder.Configuration);
        // Production keeps the one-minute floor; tests need ticks within seconds.
        siloBuilder.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
    }
}
