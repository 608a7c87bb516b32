using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Transport;

/// <summary>Default <see cref="IGraphQLRequestContextFactory"/>: everybody is allowed, as <see cref="HttpContext.User"/>.</summary>
public sealed class AnonymousRequestContextFactory : IGraphQLRequestContextFactory
{
    /// <inheritdoc />
    public ValueTask<GraphQLRequestContext> CreateForHttpAsync(HttpContext httpContext) =>
        ValueTask.FromResult(Create(httpContext, GraphQLTransportKind.Http));

    /// <inheritdoc />
    public ValueTask<GraphQLRequestContext?> CreateForWebSocketAsync(HttpContext httpContext, JsonElement? connectionInitPayload) =>
        ValueTask.FromResult<GraphQLRequestContext?>(Create(httpContext, GraphQLTransportKind.WebSocket));

    private static GraphQLRequestContext Create(HttpContext httpContext, GraphQLTransportKind transport) =>
        new() { User = httpContext.User, HttpContext = httpContext, Transport = transport };
}
