using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Innomed.Grains;

/// <summary>
/// Writes a copy of the state taken when the write is asked for, on the grain's thread. Storage
/// providers serialise later, after their first await (the ADO.NET one once it has a connection),
/// off the grain's scheduler; a grain whose calls interleave (group commit: index grains, deadline
/// watches, epidemiology counters) keeps changing its state meanwhile, and the serialiser then
/// failed with "Collection was modified" under load. The copy also makes what is stored exactly
/// what <see cref="GroupCommit"/> believes each write covers. Reads and clears pass through.
/// </summary>
public sealed class SnapshotGrainStorage(IGrainStorage inner, DeepCopier copier) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var snapshot = new GrainState<T>(copier.Copy(grainState.State), grainState.ETag) { RecordExists = grainState.RecordExists };
        await inner.WriteStateAsync(stateName, grainId, snapshot);
        grainState.ETag = snapshot.ETag;
        grainState.RecordExists = snapshot.RecordExists;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

    /// <summary>Wraps the keyed grain storage <paramref name="name"/> registered last.</summary>
    public static void Decorate(IServiceCollection services, string name)
    {
        var provider = services.Last(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService
            && Equals(d.ServiceKey, name) && d.KeyedImplementationFactory is not null);
        services.Remove(provider);
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, key) =>
            new SnapshotGrainStorage((IGrainStorage)provider.KeyedImplementationFactory!(sp, key), sp.GetRequiredService<DeepCopier>()));
    }
}
