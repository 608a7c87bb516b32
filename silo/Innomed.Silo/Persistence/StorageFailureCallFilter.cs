using System.Data.Common;
using System.Net.Sockets;
using Innomed.Grains.Errors;
using Microsoft.Extensions.Logging;
using Orleans;

namespace Innomed.Silo.Persistence;

/// <summary>
/// Turns a database failure inside a grain call outside grain storage (which
/// <see cref="StorageFailureGrainStorage"/> covers) (the ADO.NET provider's <see cref="DbException"/>,
/// a socket error under it) into <see cref="StorageUnavailableException"/>: a typed, serializable
/// error the gateway maps to <c>STORAGE_UNAVAILABLE</c>. Without it the driver's exception cannot
/// be serialized to the gateway and clients see <c>CODEC_NOT_FOUND</c>. The original is logged
/// here (no patient data: only the exception).
/// </summary>
public sealed class StorageFailureCallFilter(ILogger<StorageFailureCallFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception ex) when (StorageFailureGrainStorage.IsDatabaseFailure(ex))
        {
            logger.LogWarning(ex, "Storage unavailable during {Grain}.{Method}", context.TargetId.Type, context.ImplementationMethod.Name);
            throw new StorageUnavailableException();
        }
    }
}
