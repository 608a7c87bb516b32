using Innomed.Api.Audit;
using Innomed.Api.Documents;
using Innomed.Api.Live;
using Innomed.Grains.Conversations;
using Innomed.Api.Schema;
using Innomed.Api.Schema.TeleExpertise;
using Innomed.Api.Transport;
using Innomed.Grains.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Innomed.Api.Hosting;

/// <summary>Everything a gateway node needs, whether co-hosted with a silo or on its own.</summary>
public static class GatewayServices
{
    /// <summary>
    /// Schema, transports, and the live feed: Redis when <c>ConnectionStrings:Redis</c> is set,
    /// in-process otherwise. <c>Innomed:AllowAnonymousAsSystem</c> lets anonymous callers act as
    /// the system (the embedded demo only).
    /// </summary>
    public static IServiceCollection AddInnomedGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddInnomedSchema();
        services.AddGraphQLTransports();
        services.AddInnomedAudit(configuration);
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            services.AddRedis(redis);
            services.AddSingleton<RedisLiveEventSource>();
            services.AddSingleton<ILiveEventSource>(sp => sp.GetRequiredService<RedisLiveEventSource>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisLiveEventSource>());
            services.AddSingleton<RedisConversationFeed>();
            services.AddSingleton<IConversationFeed>(sp => sp.GetRequiredService<RedisConversationFeed>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisConversationFeed>());
        }
        services.AddInnomedDocuments(configuration);
        services.AddHealthChecks().AddCheck<ClusterReadyCheck>("cluster");
        // After Kestrel's own registration (UseKestrel runs first), so the socket transport takes this one.
        services.AddSingleton<Microsoft.AspNetCore.Connections.IMemoryPoolFactory<byte>, RetainingBlockPoolFactory>();
        return services;
    }

    /// <summary>One multiplexer per process; it reconnects by itself (abortConnect=false).</summary>
    public static IServiceCollection AddRedis(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = false;
            options.ClientName = "innomed";
            // Live events resume within a second or two of Redis coming back, not after an exponential back-off.
            options.ReconnectRetryPolicy = new LinearRetry(1000);
            return ConnectionMultiplexer.Connect(options);
        });
        return services;
    }

    public static WebApplication MapInnomedGateway(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.MapGraphQLTransports("/graphql");
        app.MapTeleExpertiseStatementCsv();
        app.MapInnomedDocuments();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        app.MapInnomedWebApp();
        return app;
    }
}
