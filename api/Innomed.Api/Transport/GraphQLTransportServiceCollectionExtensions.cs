using GraphQL;
using GraphQL.SystemTextJson;
using Innomed.Api.Transport.Execution;
using Innomed.Api.Transport.Http;
using Innomed.Api.Transport.Ide;
using Innomed.Api.Transport.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Innomed.Api.Transport;

/// <summary>Registers the GraphQL HTTP and WebSocket transports.</summary>
public static class GraphQLTransportServiceCollectionExtensions
{
    /// <summary>
    /// Adds the transports. They execute with whatever <see cref="GraphQL.Types.ISchema"/>,
    /// <see cref="IDocumentExecuter"/> and <see cref="IGraphQLTextSerializer"/> are registered
    /// (<c>services.AddGraphQL(b => b.AddSchema&lt;T&gt;().AddSystemTextJson())</c>); an
    /// <see cref="IGraphQLRequestContextFactory"/> registered before or after replaces the anonymous default.
    /// </summary>
    public static IServiceCollection AddGraphQLTransports(this IServiceCollection services, Action<GraphQLTransportOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GraphQLTransportOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IGraphQLRequestContextFactory, AnonymousRequestContextFactory>();
        services.TryAddSingleton<IGraphQLTextSerializer, GraphQLSerializer>();
        services.TryAddSingleton<GraphQLOperationExecutor>();
        services.TryAddSingleton<GraphiQLPage>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddSingleton<GraphQLWebSocketHandler>();
        services.AddMetrics();
        services.TryAddSingleton<SubscriptionGauge>();
        return services;
    }
}
