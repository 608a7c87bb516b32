using System.Net;
using System.Text;
using Innomed.Api.Security.Hardening;
using Innomed.Api.TestServer;
using Innomed.Api.Tests.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Innomed.Api.Tests.Hardening;

/// <summary>The transports' test host with AddInnomedHardening/UseInnomedHardening (through a startup filter) and small limits.</summary>
[Trait("Category", "Hardening")]
public sealed class HardenedPipelineTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Innomed:RateLimit:AnonymousBurst"] = "5",
            ["Innomed:RateLimit:AnonymousPerSecond"] = "1",
            ["Innomed:Cors:Origins:0"] = "https://app.innomed.example",
        }).Build();
        _app = TransportTestHost.Create(services: services =>
        {
            services.AddInnomedHardening(configuration, new TestEnvironment());
            services.AddInnomedHardening(configuration, new TestEnvironment()); // idempotent
            services.AddSingleton<IStartupFilter, Hardened>();
        });
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = TransportTestHost.Address(_app) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Given_AnonymousFlood_When_OverTheBurst_Then_429WithRetryAfterAndGraphQLBody()
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++) responses.Add(await PostAsync("{ hello }"));

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        refused.Count.ShouldBeInRange(2, 3, "5 tokens, maybe one refilled, counted once even though the host holds the middleware twice");
        refused[0].Headers.RetryAfter!.ToString().ShouldBe("1");
        (await refused[0].Content.ReadAsStringAsync()).ShouldBe("""{"errors":[{"message":"Too many requests; retry later.","extensions":{"code":"RATE_LIMITED"}}]}""");
        refused[0].Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    [Fact]
    public async Task Given_ConfiguredOrigin_When_Preflighting_Then_GrantedWithoutCredentials_OtherOriginsNot()
    {
        using var allowed = await PreflightAsync("https://app.innomed.example");
        using var other = await PreflightAsync("https://app.innomed.example.evil.example");

        allowed.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["https://app.innomed.example"]);
        allowed.Headers.Contains("Access-Control-Allow-Credentials").ShouldBeFalse();
        other.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task Given_UnpairedSurrogateEscape_When_Posted_Then_400NotInternalError()
    {
        using var response = await _http.PostAsync("/graphql", new StringContent("""{"query":"{ hello(name: $n) }","variables":{"n":"\ud800"}}""", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("BAD_REQUEST");
    }

    [Fact]
    public async Task Given_UnpairedSurrogateEscape_When_SentOverWebSocket_Then_Closed4400NotInternalError()
    {
        using var client = new GraphQLWsTestClient();
        await client.ConnectAsync(new UriBuilder(_http.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri, "graphql-transport-ws");
        await client.InitAsync();

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }","variables":{"n":"\ud800"}}}""");

        (await client.WaitForCloseAsync()).Code.ShouldBe(4400);
    }

    [Fact]
    public void Given_Https_When_Responding_Then_Hsts_AndHtmlGetsTheIdePolicy()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Response.ContentType = "text/html; charset=utf-8";

        SecurityHeadersMiddleware.Apply(context, new InnomedHeadersOptions());

        context.Response.Headers.StrictTransportSecurity.ToString().ShouldBe("max-age=31536000; includeSubDomains");
        context.Response.Headers.ContentSecurityPolicy.ToString().ShouldContain("worker-src 'self' blob:");
        context.Response.Headers.CacheControl.ToString().ShouldBeEmpty("HTML pages keep their own caching");
    }

    private Task<HttpResponseMessage> PostAsync(string query) =>
        _http.PostAsync("/graphql", new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return _http.SendAsync(request);
    }

    /// <summary>The middleware twice, as when a test filter and the host both add it: it must act once.</summary>
    private sealed class Hardened : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseInnomedHardening();
            app.UseInnomedHardening();
            next(app);
        };
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
