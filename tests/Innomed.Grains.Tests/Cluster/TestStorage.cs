using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace Innomed.Grains.Tests.Cluster;

internal static class TestStorage
{
    /// <summary>
    /// In-memory grain storage with the codec production uses (Orleans' binary serializer, see
    /// InnomedStorageSiloBuilderExtensions) and its snapshot-on-write decorator, so a test stores and
    /// reads state as production would.
    /// </summary>
    public static ISiloBuilder AddInnomedMemoryStorage(this ISiloBuilder silo)
    {
        silo.AddMemoryGrainStorage(GrainServices.Storage, ob => ob.Configure<Serializer>((o, serializer) =>
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
        SnapshotGrainStorage.Decorate(silo.Services, GrainServices.Storage); // as the silo does
        return silo;
    }
}
