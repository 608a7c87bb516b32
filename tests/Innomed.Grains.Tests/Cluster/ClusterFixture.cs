using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Innomed.Grains.Tests.Cluster;

/// <summary>Two in-process silos shared by every grain test; tests use fresh keys so they never meet.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Client => Cluster.Client;

    /// <summary>The grain factory of one silo: calls made through it enter the cluster at that silo.</summary>
    public IGrainFactory Silo(int index) =>
        ((InProcessSiloHandle)Cluster.Silos[index]).ServiceProvider.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
