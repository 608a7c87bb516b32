using System.Security.Cryptography;
using System.Text.Json;
using Innomed.Api.Tests.Transport;

namespace Innomed.Api.Tests.Security;

/// <summary>graphql-transport-ws authenticates in <c>connection_init</c>; refusals close with 4403.</summary>
[Trait("Category", "Security")]
public sealed class BearerWebSocketTests : IAsyncLifetime
{
    private SecurityServer _server = null!;

    public async Task InitializeAsync() => _server = await SecurityServer.StartAsync(
        TestTokens.ProviderSettings(("ConnectionStrings:Innomed", "Host=unused")));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("Authorization", "Bearer ")]
    [InlineData("authorization", "bearer ")]
    [InlineData("token", "")]
    [InlineData("token", "Bearer ")]
    public async Task Given_ValidTokenInConnectionInit_When_Subscribing_Then_AckAndActorReachesTheSchema(string key, string prefix)
    {
        using var client = await _server.ConnectAsync();
        var token = TestTokens.Create(subject: "50000000001", role: "Biologist", unit: "lab-demo:bio");

        await client.SendAsync(new Dictionary<string, object>
        {
            ["type"] = "connection_init",
            ["payload"] = new Dictionary<string, string> { [key] = prefix + token },
        });

        (await client.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("connection_ack");
        (await MeAsync(client)).ShouldBe("50000000001|Biologist|lab-demo:bio|demo");
    }

    public static TheoryData<string, string?> Refused() => new()
    {
        { "no payload", null },
        { "empty payload", "{}" },
        { "expired", Init(TestTokens.Create(expiresIn: TimeSpan.FromMinutes(-5))) },
        { "wrong issuer", Init(TestTokens.Create(issuer: "https://evil.example/")) },
        { "wrong audience", Init(TestTokens.Create(audience: "another-api")) },
        { "forged", Init(TestTokens.Create(key: RandomNumberGenerator.GetBytes(32))) },
        { "alg none", Init(TestTokens.AlgNone()) },
        { "malformed", Init("not.a.jwt") },
        { "empty bearer", Init("") },
        { "basic scheme", """{"Authorization":"Basic dXNlcjpwYXNz"}""" },
        { "token not a string", """{"Authorization":42}""" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Given_MissingOrBadToken_When_ConnectionInit_Then_Closed4403(string why, string? payload)
    {
        using var client = await _server.ConnectAsync();

        await client.SendAsync(payload is null
            ? """{"type":"connection_init"}"""
            : $$"""{"type":"connection_init","payload":{{payload}}}""");

        (await client.WaitForCloseAsync()).ShouldBe((4403, "Forbidden"), why);
    }

    [Fact]
    public async Task Given_TokenExpiringWhileConnected_When_ValidatorRuns_Then_Closed4403()
    {
        await using var server = await SecurityServer.StartAsync(
            TestTokens.ProviderSettings(("ConnectionStrings:Innomed", "Host=unused"), ("Innomed:Auth:ClockSkew", "00:00:00")),
            transport: options => options.ConnectionValidationInterval = TimeSpan.FromMilliseconds(200));
        using var client = await server.ConnectAsync();
        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + TestTokens.Create(expiresIn: TimeSpan.FromSeconds(3)) } });
        (await client.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("connection_ack");
        (await MeAsync(client)).ShouldStartWith("20000000001|Specialist");

        (await client.WaitForCloseAsync(TimeSpan.FromSeconds(10))).ShouldBe((4403, "Forbidden"));
    }

    [Fact]
    public async Task Given_LongLivedToken_When_ValidatorRuns_Then_SocketStaysOpen()
    {
        await using var server = await SecurityServer.StartAsync(
            TestTokens.ProviderSettings(("ConnectionStrings:Innomed", "Host=unused")),
            transport: options => options.ConnectionValidationInterval = TimeSpan.FromMilliseconds(100));
        using var client = await server.ConnectAsync();
        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + TestTokens.Create() } });
        (await client.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("connection_ack");

        await Task.Delay(600);

        (await MeAsync(client)).ShouldStartWith("20000000001|Specialist");
    }

    private static string Init(string token) => JsonSerializer.Serialize(new { Authorization = "Bearer " + token });

    private static async Task<string?> MeAsync(GraphQLWsTestClient client)
    {
        await client.SubscribeAsync("me", "{ me }");
        var next = await client.ReceiveAsync();
        next.GetProperty("type").GetString().ShouldBe("next", next.ToString());
        return next.GetProperty("payload").GetProperty("data").GetProperty("me").GetString();
    }
}
