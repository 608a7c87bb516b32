using Innomed.Api.Hosting;
using Innomed.Api.Live;
using Innomed.Api.Security.Authentication;
using Innomed.Api.Security.Authentication.DevSignIn;
using Innomed.Api.Security.Hardening;
using Innomed.Grains;
using Innomed.Grains.Conversations;
using Innomed.Grains.Live;
using Innomed.Grains.Capacity;
using Innomed.Grains.Epidemiology;
using Innomed.Grains.TeleExpertise;
using Innomed.Silo.Demo;
using Innomed.Silo.Live;
using Innomed.Silo.Persistence;

namespace Innomed.Silo.Hosting;

/// <summary>
/// Builds the silo process: Orleans with Innomed storage, the grains, the live feed, and (unless
/// <c>Innomed:Gateway</c> is false) the GraphQL gateway co-hosted in the same process.
/// With no configuration this is the embedded run: SQLite file, demo data, development sign-in.
/// </summary>
public static class InnomedHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        var config = builder.Configuration;
        var embedded = string.IsNullOrWhiteSpace(config.GetConnectionString("Innomed"));
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrl);
        configure?.Invoke(builder);

        builder.UseOrleans(silo =>
        {
            silo.UseInnomedStorage(config, builder.Environment);
            silo.AddActivityPropagation();
        });
        builder.Services.AddInnomedGrains();
        builder.Services.Configure<TeleExpertiseOptions>(config.GetSection(TeleExpertiseOptions.Section));
        builder.Services.Configure<EpidemiologyOptions>(config.GetSection(EpidemiologyOptions.Section));
        builder.Services.Configure<CapacityHistoryOptions>(config.GetSection(CapacityHistoryOptions.Section));
        builder.Services.Configure<Innomed.Grains.Labs.LabOptions>(config.GetSection(Innomed.Grains.Labs.LabOptions.Section));
        if (config.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            builder.Services.AddRedis(redis);
            builder.Services.AddSingleton<ILiveEventPublisher, RedisLiveEventPublisher>();
            builder.Services.AddSingleton<IConversationPublisher, RedisConversationPublisher>();
        }
        else
        {
            builder.Services.AddSingleton<InProcessLiveEvents>();
            builder.Services.AddSingleton<ILiveEventPublisher>(sp => sp.GetRequiredService<InProcessLiveEvents>());
            builder.Services.AddSingleton<InProcessConversationEvents>();
            builder.Services.AddSingleton<IConversationPublisher>(sp => sp.GetRequiredService<InProcessConversationEvents>());
        }
        var gateway = config.GetValue("Innomed:Gateway", true);
        if (gateway)
        {
            builder.Services.AddInnomedGateway(config);
            builder.Services.AddInnomedAuthentication(config, builder.Environment); // after the gateway: replaces its caller factory
            builder.Services.AddInnomedHardening(config, builder.Environment);      // after the gateway: replaces the parser
            builder.Services.AddSingleton<IDevUserDirectory, DemoUsers>();
        }
        else
        {
            builder.Services.AddHealthChecks().AddCheck<Innomed.Api.Hosting.ClusterReadyCheck>("cluster");
        }
        if (config.GetValue("Innomed:SeedDemo", embedded)) builder.Services.AddHostedService<DemoDataSeeder>();
        if (config.GetValue<long>("Innomed:Bench:ArchiveJourneys") > 0) builder.Services.AddHostedService<Bench.ArchiveSeeder>();
        builder.Services.AddInnomedTelemetry(config);
        builder.Services.AddHostedService<ShutdownWatchdog>();

        var app = builder.Build();
        if (gateway)
        {
            app.UseInnomedHardening(); // before authentication: 401s carry the headers, preflights need no token
            app.UseInnomedAuthentication();
            app.MapInnomedGateway();
            app.MapInnomedDevSignIn();
        }
        else
        {
            app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
            app.MapHealthChecks("/health/ready");
        }
        return app;
    }
}
