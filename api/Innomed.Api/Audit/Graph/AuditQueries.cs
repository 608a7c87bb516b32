using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Innomed.Api.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Audit.Graph;

/// <summary>
/// The <c>auditTrail</c> query field, mounted by the Query type with <c>AuditQueries.AddTo(this)</c>.
/// Data access only: who may call it (the journey's patient, a DPO) is the authorisation layer's
/// rule. Reading the trail is itself recorded, like every root field.
/// </summary>
public static class AuditQueries
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Adds the field; returns its builder so the access rule can be chained (<c>.Allow(...)</c>).</summary>
    public static FieldBuilder<object?, AuditEntryConnection> AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Field<NonNullGraphType<AuditEntryConnectionGraphType>>("auditTrail")
            .Description("Who read or changed this journey, newest first.")
            .Argument<NonNullGraphType<IdGraphType>>("journeyId")
            .Argument<IntGraphType>("first", $"Default {DefaultPageSize}, max {MaxPageSize}.")
            .Argument<StringGraphType>("after")
            .Returns<AuditEntryConnection>()
            .ResolveAsync(async c => await TrailAsync(c));
    }

    /// <summary>A patient reads the trail of their own journeys only; the DPO (rule on the field) reads any.</summary>
    private static async Task EnsurePatientOwnsAsync(IResolveFieldContext c, Guid journeyId)
    {
        var actor = ActorResolver.Resolve(c);
        if (actor.Role != Grains.Journeys.ActorRole.Patient) return;
        var journey = await c.RequestServices!.GetRequiredService<GrainLoader>().JourneyAsync(journeyId);
        if (journey?.PatientUserId != actor.Id) throw new InnomedError("This is not your journey.", "FORBIDDEN");
    }

    private static async Task<AuditEntryConnection> TrailAsync(IResolveFieldContext c)
    {
        var journeyId = Ids.Journey(c.GetArgument<string>("journeyId"));
        await EnsurePatientOwnsAsync(c, journeyId);
        var first = Math.Clamp(c.GetArgument("first", DefaultPageSize), 0, MaxPageSize);
        var after = AuditCursor.Decode(c.GetArgument<string?>("after"));
        var store = c.RequestServices!.GetService<IAuditStore>()
            ?? throw new InvalidOperationException("The audit trail is not configured (services.AddInnomedAudit).");
        // One more than asked tells whether there is a next page without counting.
        var entries = await store.ReadJourneyAsync(journeyId, first + 1, after, c.CancellationToken);
        return entries.Count > first
            ? new AuditEntryConnection(entries.Take(first).ToArray(), HasNextPage: true)
            : new AuditEntryConnection(entries, HasNextPage: false);
    }
}
