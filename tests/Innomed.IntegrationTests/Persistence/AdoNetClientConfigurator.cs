using Innomed.Silo.Persistence;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Innomed.IntegrationTests.Persistence;

/// <summary>
/// The gateway-side snippet: a client finds the silos' gateways in the PostgreSQL membership table.
/// Used when a test turns TestCluster's own membership off.
/// </summary>
public sealed class AdoNetClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.UseAdoNetClustering(o =>
        {
            o.Invariant = InnomedStorageSiloBuilderExtensions.PostgresInvariant;
            o.ConnectionString = configuration.GetConnectionString("Innomed");
        });
}
