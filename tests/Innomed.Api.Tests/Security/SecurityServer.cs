using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphQL;
using Innomed.Api.Security.Authentication;
using Innomed.Api.Tests.Transport;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Innomed.Api.Tests.Security;

/// <summary>
/// Kestrel on loopback wired as the hosts will be: transports, AddInnomedAuthentication,
/// UseInnomedAuthentication, MapInnomedDevSignIn, with a schema echoing the actor. One per test;
/// its data directory is a fresh temporary folder unless the settings name one.
/// </summary>
internal sealed class SecurityServer : IAsyncDisposable
{
    private readonly DirectoryInfo? _ownedDirectory;

    private SecurityServer(WebApplication app, DirectoryInfo? ownedDirectory)
    {
        App = app;
        _ownedDirectory = ownedDirectory;
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        WebSocketUri = new UriBuilder(address) { Scheme = "ws", Path = "/graphql" }.Uri;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public Uri WebSocketUri { get; }

    public static async Task<SecurityServer> StartAsync(
        IDictionary<string, string?> settings,
        string environment = "Production",
        Action<IServiceCollection>? services = null,
        Action<GraphQLTransportOptions>? transport = null)
    {
        var all = new Dictionary<string, string?>(settings);
        DirectoryInfo? owned = null;
        if (!all.ContainsKey("Innomed:DataDirectory"))
        {
            owned = Directory.CreateTempSubdirectory("innomed-auth-");
            all["Innomed:DataDirectory"] = owned.FullName;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(SecurityServer).Assembly.GetName().Name,
        });
        builder.Configuration.AddInMemoryCollection(all);
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGraphQL(graphQL => graphQL.AddSchema<SecurityTestSchema>().AddSystemTextJson());
        builder.Services.AddGraphQLTransports(transport);
        builder.Services.AddInnomedAuthentication(builder.Configuration, builder.Environment);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseWebSockets();
        app.UseInnomedAuthentication();
        app.MapGraphQLTransports();
        app.MapInnomedDevSignIn();
        await app.StartAsync();
        return new SecurityServer(app, owned);
    }

    /// <summary>POSTs <c>{ me }</c>, with the given Authorization header value if any.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> QueryAsync(
        string query, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, body, response);
    }

    /// <summary>The <c>me</c> field, or the first error code when it failed.</summary>
    public async Task<string?> MeAsync(string? token)
    {
        var (_, body, _) = await QueryAsync("{ me }", token is null ? null : "Bearer " + token);
        return body.TryGetProperty("errors", out var errors)
            ? "error:" + errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : body.GetProperty("data").GetProperty("me").GetString();
    }

    public async Task<GraphQLWsTestClient> ConnectAsync()
    {
        var client = new GraphQLWsTestClient();
        await client.ConnectAsync(WebSocketUri, "graphql-transport-ws");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _ownedDirectory?.Delete(recursive: true);
    }
}
