using Orleans.TestingHost;

namespace Innomed.IntegrationTests.Persistence;

/// <summary>Starts a one-silo TestCluster wired by UseInnomedStorage over the given settings.</summary>
internal static class InnomedTestCluster
{
    /// <param name="serviceId">Keep it across restarts: stored state and reminders are scoped by service id.</param>
    /// <param name="settings">Configuration keys, e.g. ConnectionStrings:Innomed or Innomed:DataDirectory.</param>
    /// <param name="useAdoNetClustering">True: membership in PostgreSQL instead of TestCluster's own.</param>
    public static async Task<TestCluster> StartAsync(string serviceId, IReadOnlyDictionary<string, string?> settings, bool useAdoNetClustering = false)
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.Options.ConfigureFileLogging = false;
        builder.Options.UseTestClusterMembership = !useAdoNetClustering;
        foreach (var (key, value) in settings)
        {
            builder.Properties[key] = value;
        }

        builder.AddSiloBuilderConfigurator<InnomedSiloConfigurator>();
        if (useAdoNetClustering)
        {
            builder.AddClientBuilderConfigurator<AdoNetClientConfigurator>();
        }

        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>Stops every silo gracefully (so they leave the membership table) and disposes.</summary>
    public static async Task StopAsync(TestCluster cluster)
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }
}
