using System.Text.Json;
using Innomed.Api.Schema;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Hosting;

/// <summary>
/// The embedded demo run only: anonymous callers act as the system, so the demo works before
/// sign-in exists. Never registered when a database is configured (see GatewayServices).
/// </summary>
public sealed class DemoRequestContextFactory : IGraphQLRequestContextFactory
{
    public ValueTask<GraphQLRequestContext> CreateForHttpAsync(HttpContext httpContext) =>
        ValueTask.FromResult(Create(httpContext, GraphQLTransportKind.Http));

    public ValueTask<GraphQLRequestContext?> CreateForWebSocketAsync(HttpContext httpContext, JsonElement? connectionInitPayload) =>
        ValueTask.FromResult<GraphQLRequestContext?>(Create(httpContext, GraphQLTransportKind.WebSocket));

    private static GraphQLRequestContext Create(HttpContext httpContext, GraphQLTransportKind transport) => new()
    {
        User = httpContext.User,
        HttpContext = httpContext,
        Transport = transport,
        UserContext = new Dictionary<string, object?> { [ActorResolver.AllowAnonymousKey] = true },
    };
}
