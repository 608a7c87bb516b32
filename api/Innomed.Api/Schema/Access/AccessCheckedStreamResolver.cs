using GraphQL;
using GraphQL.Resolvers;

namespace Innomed.Api.Schema.Access;

/// <summary>
/// Enforces a subscription field's access rule when the client subscribes. Field middleware
/// cannot: graphql-dotnet wraps only the per-event resolver, never the source-stream resolver.
/// </summary>
internal sealed class AccessCheckedStreamResolver(ISourceStreamResolver inner, AccessRule? rule, string field) : ISourceStreamResolver
{
    public ValueTask<IObservable<object?>> ResolveAsync(IResolveFieldContext context)
    {
        if (rule is null) throw new InnomedError($"'{field}' declares no access rule.", "FORBIDDEN");
        if (!rule(ActorResolver.Resolve(context), context))
            throw new InnomedError($"You may not use '{field}' here.", "FORBIDDEN");
        return inner.ResolveAsync(context);
    }
}
