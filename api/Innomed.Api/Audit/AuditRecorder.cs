using System.Collections.Frozen;
using GraphQL;
using Innomed.Api.Schema;
using Innomed.Grains.Journeys;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Audit;

/// <summary>
/// Turns a field execution into <see cref="AuditRecord"/>s. Public so that a layer refusing an
/// operation before any field runs (e.g. an authorisation validation rule) can record its DENIED too.
/// </summary>
public sealed class AuditRecorder(IAuditSink sink, TimeProvider time)
{
    public const string Anonymous = "anonymous";

    private static readonly FrozenDictionary<ActorRole, string> RoleNames =
        Enum.GetValues<ActorRole>().ToFrozenDictionary(r => r, r => Names.Constant(r.ToString()));

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Fail closed: refuses the operation before it reads or changes anything when it could not be recorded.</summary>
    public void EnsureAccepting()
    {
        if (sink.IsAccepting) return;
        AuditMetrics.Refused.Add(1);
        throw Unavailable();
    }

    public static ExecutionError Unavailable() =>
        new("The audit trail cannot record this operation right now; nothing was read or changed. Try again shortly.") { Code = "INTERNAL" };

    /// <summary>One record per journey (one without a journey when there is none). False if any could not be queued.</summary>
    public async ValueTask<bool> RecordAsync(IResolveFieldContext context, string operation, DateTimeOffset at, string outcome, IReadOnlyList<Guid> journeyIds)
    {
        var (actorId, actorRole) = ActorOf(context);
        var request = context.RequestServices?.GetService<AuditRequestInfo>();
        var transport = request?.Transport ?? "UNKNOWN";
        var requestId = request?.RequestId;
        if (journeyIds.Count == 0)
            return await sink.RecordAsync(new AuditRecord(at, actorId, actorRole, operation, null, outcome, transport, requestId));

        var all = true;
        foreach (var journeyId in journeyIds)
            all &= await sink.RecordAsync(new AuditRecord(at, actorId, actorRole, operation, journeyId, outcome, transport, requestId));
        return all;
    }

    /// <summary>The same actor the resolvers act as; a caller they would refuse is recorded as anonymous.</summary>
    public static (string Id, string Role) ActorOf(IResolveFieldContext context)
    {
        try
        {
            var actor = ActorResolver.Resolve(context);
            return (actor.Id.Length <= 128 ? actor.Id : actor.Id[..128], RoleNames[actor.Role]);
        }
        catch (ExecutionError)
        {
            return (Anonymous, Anonymous);
        }
    }
}
