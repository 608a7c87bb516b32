using System.Security.Claims;
using GraphQL;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema;

/// <summary>
/// Turns the authenticated user into the <see cref="Actor"/> grains check. Claims: <c>sub</c>,
/// <c>role</c> (an ActorRole name), <c>unit</c>, <c>territory</c>. An anonymous caller acts as the system only when
/// the host allows it (the embedded demo run, until authentication is wired); otherwise
/// UNAUTHENTICATED.
/// </summary>
public static class ActorResolver
{
    public const string AllowAnonymousKey = "innomed.allowAnonymousAsSystem";

    public static Actor Resolve(IResolveFieldContext context)
    {
        var user = context.User;
        if (user?.Identity?.IsAuthenticated == true)
        {
            var id = user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier);
            var roleText = user.FindFirstValue("role") ?? user.FindFirstValue(ClaimTypes.Role);
            if (id is not null && Enum.TryParse<ActorRole>(roleText, ignoreCase: true, out var role))
                if (role != ActorRole.System) // never from a token, whatever it says
                    return new Actor(id, role, user.FindFirstValue("unit"), user.FindFirstValue("territory"));
        }
        if (context.UserContext.TryGetValue(AllowAnonymousKey, out var allowed) && allowed is true)
            return Actor.System;
        throw new ExecutionError("Authentication is required.") { Code = "UNAUTHENTICATED" };
    }
}
