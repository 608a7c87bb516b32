using System.Net.Http.Headers;
using System.Text;
using Innomed.Api.TestServer;
using Innomed.Api.TestServer.TestSchema;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Tests.Transport;

/// <summary>A real Kestrel on a loopback port with the transports and the test schema; one per test.</summary>
internal sealed class TransportServer : IAsyncDisposable
{
    private TransportServer(WebApplication app)
    {
        App = app;
        var address = TransportTestHost.Address(app);
        GraphQLUri = new Uri(address, "/graphql");
        WebSocketUri = new UriBuilder(GraphQLUri) { Scheme = "ws" }.Uri;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };
    }

    public WebApplication App { get; }

    public Uri GraphQLUri { get; }

    public Uri WebSocketUri { get; }

    public HttpClient Client { get; }

    public TestEventHub Hub => App.Services.GetRequiredService<TestEventHub>();

    public TestCounter Counter => App.Services.GetRequiredService<TestCounter>();

    public static async Task<TransportServer> StartAsync(
        Action<GraphQLTransportOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var app = TransportTestHost.Create(0, configure, services);
        await app.StartAsync();
        return new TransportServer(app);
    }

    public Task<HttpResponseMessage> PostAsync(string body, string? accept = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string queryString, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString);
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        return Client.SendAsync(request);
    }

    public async Task<GraphQLWsTestClient> ConnectAsync(string? subProtocol = "graphql-transport-ws")
    {
        var client = new GraphQLWsTestClient();
        await client.ConnectAsync(WebSocketUri, subProtocol);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
