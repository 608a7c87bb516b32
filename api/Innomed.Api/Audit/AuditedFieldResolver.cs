using GraphQL;
using GraphQL.Resolvers;

namespace Innomed.Api.Audit;

/// <summary>A root query/mutation field's resolver (with all its middleware) wrapped by the audit.</summary>
internal sealed class AuditedFieldResolver(IFieldResolver inner, AuditFieldMiddleware audit, string operation) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => audit.ResolveAsync(context, inner.ResolveAsync, operation);
}
