using System.Net;
using GraphQL;
using Innomed.Api.TestServer.TestSchema;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Innomed.Api.TestServer;

/// <summary>A Kestrel host on loopback with the transports and the test schema.</summary>
public static class TransportTestHost
{
    public static WebApplication Create(
        int port = 0,
        Action<GraphQLTransportOptions>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TransportTestHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TestEventHub>();
        builder.Services.AddSingleton<TestCounter>();
        builder.Services.AddScoped<RequestScopeMarker>();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<TransportTestSchema>()
            .AddGraphTypes(typeof(TransportTestSchema).Assembly)
            .AddSystemTextJson());
        builder.Services.AddGraphQLTransports(configure);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQLTransports();
        return app;
    }

    /// <summary>The http://127.0.0.1:port address once the host has started.</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
