using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Innomed.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>
/// The real silo host (the README's run command, in-process) on free loopback ports, with a
/// small GraphQL-over-HTTP client. Restartable on the same storage to prove durability.
/// </summary>
public sealed class InnomedProcess : IGraphQLEndpoint, IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GraphQLHttp _http;

    private InnomedProcess(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        _http = new GraphQLHttp(baseAddress);
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<InnomedProcess> StartAsync(IDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null)
    {
        var args = new List<string> { "--urls", "http://127.0.0.1:0" };
        var all = new Dictionary<string, string?>(settings)
        {
            ["Orleans:SiloPort"] = settings.TryGetValue("Orleans:SiloPort", out var s) ? s : FreePort().ToString(),
            ["Orleans:GatewayPort"] = settings.TryGetValue("Orleans:GatewayPort", out var g) ? g : FreePort().ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        // Scenario tests act as the system unless they say otherwise; access tests sign in for real.
        all.TryAdd("Innomed:AllowAnonymousAsSystem", "true");
        // Scenario tests share one anonymous bucket; the hostile suite turns rate limits on itself.
        all.TryAdd("Innomed:RateLimit:Enabled", "false");
        // Patients may start journeys only in opening hours; tests run at any hour.
        all.TryAdd("Innomed:Demo:OpeningHours", "00:00-00:00");
        foreach (var (key, value) in all) args.Add($"--{key}={value}");
        var app = InnomedHost.Build([.. args], configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InnomedProcess(app, new Uri(address));
    }

    /// <summary>
    /// Waits (at most 5 s) until this node has at least <paramref name="count"/> live subscriptions:
    /// a subscribe message has no acknowledgement, so a test waits here before making the change
    /// its subscription should see. Best effort (a previous test's socket may still be closing); the
    /// test's own assertions on the events stay the check.
    /// </summary>
    public async Task WaitForSubscriptionsAsync(long count)
    {
        var gauge = _app.Services.GetRequiredService<Innomed.Api.Transport.WebSockets.SubscriptionGauge>();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (gauge.Active < count && DateTime.UtcNow < deadline) await Task.Delay(10);
    }

    /// <summary>Live subscriptions on this node now.</summary>
    public long ActiveSubscriptions => _app.Services.GetRequiredService<Innomed.Api.Transport.WebSockets.SubscriptionGauge>().Active;

    /// <summary>An anonymous HTTP client of this process (sign in with it, then make a client with the token).</summary>
    public GraphQLHttp Http => _http;

    public Task<JsonObject> GraphQLAsync(string query, object? variables = null) => _http.GraphQLAsync(query, variables);

    public Task<JsonNode> DataAsync(string query, object? variables = null) => _http.DataAsync(query, variables);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
