using GraphQL.Types;
using Innomed.Api.Schema;
using Innomed.Api.Security.Authentication;

namespace Innomed.Api.Tests.Security;

/// <summary>
/// Echoes the actor the real <see cref="ActorResolver"/> builds, so the tests prove the claims reach
/// the GraphQL layer, not only the HTTP pipeline.
/// </summary>
internal sealed class SecurityTestQuery : ObjectGraphType
{
    public SecurityTestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("me").Resolve(context =>
        {
            var actor = ActorResolver.Resolve(context);
            var territory = context.User?.FindFirst(InnomedClaimTypes.Territory)?.Value;
            return $"{actor.Id}|{actor.Role}|{actor.UnitId}|{territory}";
        });
        Field<StringGraphType>("hello").Resolve(_ => "world");
    }
}
