using Innomed.Api.Transport.Http;
using Innomed.Api.Transport.Ide;
using Innomed.Api.Transport.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Transport;

/// <summary>Maps the GraphQL endpoint: HTTP, WebSocket and the IDE on one path.</summary>
public static class GraphQLTransportEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <paramref name="path"/> for GraphQL over HTTP (GET, POST), graphql-transport-ws WebSockets
    /// (needs <c>app.UseWebSockets()</c> earlier in the pipeline) and GraphiQL for browsers, with the
    /// IDE's files under <c>{path}/ide/</c>. The returned group takes conventions for all of them
    /// (authorization, CORS, rate limiting).
    /// </summary>
    public static RouteGroupBuilder MapGraphQLTransports(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var services = endpoints.ServiceProvider;
        var http = services.GetRequiredService<GraphQLHttpHandler>();
        var webSockets = services.GetRequiredService<GraphQLWebSocketHandler>();
        var ide = services.GetRequiredService<GraphiQLPage>();
        var assetsPath = path.TrimEnd('/') + "/ide/";

        var group = endpoints.MapGroup(path);
        group.Map(string.Empty, context => context.WebSockets.IsWebSocketRequest
            ? webSockets.HandleAsync(context)
            : http.HandleAsync(context, assetsPath))
            .WithDisplayName("GraphQL");
        group.MapGet("ide/{**file}", (HttpContext context, string? file) => ide.WriteAssetAsync(context, file))
            .WithDisplayName("GraphiQL assets")
            .ExcludeFromDescription();
        return group;
    }
}
