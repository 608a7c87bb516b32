using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Innomed.Api.Audit;

/// <summary>
/// Puts the audit around every root field of the schema: Query and Mutation resolvers, and
/// Subscription stream resolvers. One mechanism that a field added later cannot bypass.
/// </summary>
/// <remarks>
/// Why a schema visitor rather than <c>UseMiddleware</c>: graphql-dotnet runs visitors after it
/// has applied all field middleware, so the audit ends up outermost whatever the registration
/// order; it sees every refusal an inner layer (error mapping, authorisation) raises. It touches
/// root fields only, so nested fields pay nothing, and it also reaches subscribe time.
/// Introspection (<c>__schema</c>, <c>__type</c>) is not a field of Query and is not recorded.
/// </remarks>
public sealed class AuditSchemaVisitor(AuditFieldMiddleware middleware, AuditRecorder recorder) : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        var operation = $"{type.Name}.{field.Name}";
        if (ReferenceEquals(type, schema.Subscription))
        {
            if (field.StreamResolver is { } stream and not AuditedStreamResolver)
                field.StreamResolver = new AuditedStreamResolver(stream, recorder, operation);
            return;
        }

        if (!ReferenceEquals(type, schema.Query) && !ReferenceEquals(type, schema.Mutation)) return;
        if (field.Resolver is AuditedFieldResolver) return;
        // No resolver only when no middleware is installed at all: then the default one would run.
        var inner = field.Resolver ?? NameFieldResolver.Instance;
        field.Resolver = new AuditedFieldResolver(inner, middleware, operation);
    }
}
