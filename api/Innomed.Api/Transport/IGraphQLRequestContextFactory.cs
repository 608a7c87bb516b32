using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Transport;

/// <summary>
/// Decides who the caller is. Register your own implementation (singleton) to authenticate;
/// the default one lets everybody in with <see cref="HttpContext.User"/>.
/// </summary>
public interface IGraphQLRequestContextFactory
{
    /// <summary>Builds the context of one HTTP request. Throwing is an internal error (500).</summary>
    ValueTask<GraphQLRequestContext> CreateForHttpAsync(HttpContext httpContext);

    /// <summary>
    /// Builds the context of a WebSocket connection when its <c>connection_init</c> arrives.
    /// Returning null refuses the connection: the socket is closed with 4403 Forbidden.
    /// </summary>
    ValueTask<GraphQLRequestContext?> CreateForWebSocketAsync(HttpContext httpContext, JsonElement? connectionInitPayload);
}
