using GraphQL.Builders;
using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Access;

/// <summary>
/// Declares who may resolve a field. Every root field must declare a rule: <see cref="AccessMiddleware"/>
/// refuses root fields without one, so an operation added later cannot be open by omission.
/// </summary>
public static class FieldAccess
{
    public const string MetadataKey = "innomed.access";

    public static FieldBuilder<TSource, TReturn> Allow<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, AccessRule rule)
    {
        field.FieldType.Metadata[MetadataKey] = rule;
        return field;
    }

    public static FieldBuilder<TSource, TReturn> AllowRoles<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        params ActorRole[] roles) =>
        field.Allow(Rules.Roles(roles));

    public static AccessRule? RuleOf(FieldType field) => field.GetMetadata<AccessRule?>(MetadataKey);
}
