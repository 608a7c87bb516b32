using System.Data.Common;
using System.Net.Sockets;
using Innomed.Grains.Errors;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Innomed.Silo.Persistence;

/// <summary>
/// Wraps the ADO.NET grain storage: a read, write or clear that fails because the database does not
/// answer throws <see cref="StorageUnavailableException"/> instead of the driver's exception. This
/// also covers reads during activation, which happen before any grain call filter runs; the driver's
/// exception is not serializable to a gateway and would reach clients as <c>CODEC_NOT_FOUND</c>.
/// The original is logged. Forwards the silo lifecycle to the wrapped provider (Orleans resolves the
/// provider by name and casts it to <see cref="ILifecycleParticipant{ISiloLifecycle}"/>).
/// </summary>
public sealed class StorageFailureGrainStorage(IGrainStorage inner, ILogger<StorageFailureGrainStorage> logger)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => inner.ReadStateAsync(stateName, grainId, grainState), "read", stateName);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => inner.WriteStateAsync(stateName, grainId, grainState), "write", stateName);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => inner.ClearStateAsync(stateName, grainId, grainState), "clear", stateName);

    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

    private async Task GuardAsync(Func<Task> operation, string what, string stateName)
    {
        try
        {
            await operation();
        }
        catch (Exception ex) when (IsDatabaseFailure(ex))
        {
            logger.LogWarning(ex, "Grain storage {Operation} of {StateName} failed: database unavailable", what, stateName);
            throw new StorageUnavailableException();
        }
    }

    /// <summary>A driver or socket failure anywhere in the chain; an etag conflict is not one.</summary>
    public static bool IsDatabaseFailure(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is DomainException or InconsistentStateException) return false;
            if (e is DbException or SocketException) return true;
        }
        return false;
    }
}
