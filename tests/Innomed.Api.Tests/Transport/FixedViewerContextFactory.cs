using System.Security.Claims;
using System.Text.Json;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Tests.Transport;

/// <summary>Stands in for the coming authentication: a fixed viewer, and WebSocket refusal on demand.</summary>
internal sealed class FixedViewerContextFactory : IGraphQLRequestContextFactory
{
    public ValueTask<GraphQLRequestContext> CreateForHttpAsync(HttpContext httpContext) =>
        ValueTask.FromResult(Create(httpContext, GraphQLTransportKind.Http));

    public ValueTask<GraphQLRequestContext?> CreateForWebSocketAsync(HttpContext httpContext, JsonElement? connectionInitPayload)
    {
        var refused = connectionInitPayload is { } payload
            && payload.TryGetProperty("token", out var token)
            && token.GetString() == "bad";
        return ValueTask.FromResult(refused ? null : Create(httpContext, GraphQLTransportKind.WebSocket));
    }

    private static GraphQLRequestContext Create(HttpContext httpContext, GraphQLTransportKind transport) => new()
    {
        User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "dr-house")], "test")),
        UserContext = new Dictionary<string, object?> { ["viewer"] = "dr-house" },
        HttpContext = httpContext,
        Transport = transport,
    };
}
