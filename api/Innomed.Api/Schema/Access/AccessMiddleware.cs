using GraphQL;
using GraphQL.Instrumentation;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Access;

/// <summary>
/// The one place access is enforced, for queries, mutations and subscriptions alike:
/// 1. a field with a rule runs only when the caller passes it; a root field without a rule is refused;
/// 2. whatever a field returns that carries a journey is checked against care-team membership
///    (<see cref="JourneyAccess"/>): a single journey the caller may not see is FORBIDDEN, lists are filtered.
/// Writes are checked a second time inside the grains (actor checks), which own the invariants.
/// </summary>
public sealed class AccessMiddleware : IFieldMiddleware
{
    private static readonly HashSet<string> RootTypes = ["Query", "Mutation", "Subscription"];

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var rule = FieldAccess.RuleOf(context.FieldDefinition);
        if (rule is null && RootTypes.Contains(context.ParentType.Name))
            throw Forbidden($"'{context.FieldDefinition.Name}' declares no access rule.");
        if (rule is not null && !rule(ActorResolver.Resolve(context), context))
            throw Forbidden($"You may not use '{context.FieldDefinition.Name}' here.");

        var result = await next(context);
        return result is null or string or ValueType ? result : Guard(result, context);
    }

    private static object? Guard(object result, IResolveFieldContext context)
    {
        switch (result)
        {
            case JourneySnapshot journey:
                return Demand(context, journey);
            case TriageProgress progress:
                Demand(context, progress.Journey);
                return result;
            case JourneyPayload payload:
                Demand(context, payload.Journey);
                return result;
            case StepPayload payload:
                Demand(context, payload.Journey);
                return result;
            case StepNode node:
                Demand(context, node.Journey);
                return result;
            case StepEventNode node:
                Demand(context, node.Journey);
                return result;
            case JourneyEventNode { Journey: { } journey }:
                Demand(context, journey);
                return result;
            case JourneyConnection connection:
                var visible = Visible(context, connection.Journeys);
                return connection with { Journeys = visible, TotalCount = connection.TotalCount - (connection.Journeys.Count - visible.Count) };
            case IEnumerable<JourneySnapshot> journeys:
                return Visible(context, journeys);
            default:
                return result;
        }
    }

    /// <summary>Throws FORBIDDEN unless the caller may read the journey.</summary>
    public static JourneySnapshot Demand(IResolveFieldContext context, JourneySnapshot journey) =>
        JourneyAccess.CanRead(ActorResolver.Resolve(context), journey)
            ? journey
            : throw Forbidden("This journey is outside your care team.");

    private static IReadOnlyList<JourneySnapshot> Visible(IResolveFieldContext context, IEnumerable<JourneySnapshot> journeys)
    {
        var actor = ActorResolver.Resolve(context);
        return journeys.Where(j => JourneyAccess.CanRead(actor, j)).ToArray();
    }

    private static InnomedError Forbidden(string message) => new(message, "FORBIDDEN");
}
