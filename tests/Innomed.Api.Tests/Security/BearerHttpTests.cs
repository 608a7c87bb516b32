using System.Net;
using System.Security.Cryptography;

namespace Innomed.Api.Tests.Security;

/// <summary>
/// GraphQL over HTTP with bearer tokens. Rule: a token that is present but invalid gets 401 (with
/// a GraphQL-shaped UNAUTHENTICATED body); no token at all gets 200 and an UNAUTHENTICATED field error.
/// </summary>
[Trait("Category", "Security")]
public sealed class BearerHttpTests : IAsyncLifetime
{
    private SecurityServer _server = null!;

    public async Task InitializeAsync() => _server = await SecurityServer.StartAsync(
        TestTokens.ProviderSettings(("ConnectionStrings:Innomed", "Host=unused")));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Given_ValidToken_When_QueryingMe_Then_ActorHasSubjectRoleUnitAndTerritory()
    {
        var token = TestTokens.Create(subject: "30000000001", role: "HospitalStaff", unit: "chu-demo:er");

        (await _server.MeAsync(token)).ShouldBe("30000000001|HospitalStaff|chu-demo:er|demo");
    }

    [Fact]
    public async Task Given_RoleInOtherCase_When_QueryingMe_Then_RoleIsNormalised()
    {
        (await _server.MeAsync(TestTokens.Create(role: "gp"))).ShouldBe("20000000001|Gp||demo");
    }

    [Fact]
    public async Task Given_NoToken_When_QueryingMe_Then_200WithUnauthenticatedError()
    {
        var (status, body, _) = await _server.QueryAsync("{ me }");

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Given_NoToken_When_QueryingAPublicField_Then_Answered()
    {
        var (status, body, _) = await _server.QueryAsync("{ hello }");

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("data").GetProperty("hello").GetString().ShouldBe("world");
    }

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "expired", TestTokens.Create(expiresIn: TimeSpan.FromMinutes(-5)) },
        { "wrong issuer", TestTokens.Create(issuer: "https://evil.example/") },
        { "wrong audience", TestTokens.Create(audience: "another-api") },
        { "forged signature", TestTokens.Create(key: RandomNumberGenerator.GetBytes(32)) },
        { "alg none", TestTokens.AlgNone() },
        { "signature stripped", TestTokens.SignatureStripped() },
        { "malformed", "not.a.jwt" },
        { "garbage", "abc" },
        { "no subject", TestTokens.Create(subject: null) },
        { "dev issuer without dev sign-in", TestTokens.Create(issuer: "innomed-dev", audience: "innomed") },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Given_BadToken_When_Posting_Then_401InvalidTokenWithGraphQLBody(string why, string token)
    {
        var (status, body, response) = await _server.QueryAsync("{ hello }", "Bearer " + token);

        status.ShouldBe(HttpStatusCode.Unauthorized, why);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer error=\"invalid_token\"");
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("UNAUTHENTICATED");
        body.TryGetProperty("data", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_AValidTokenAlreadyUsed_When_ItsForgedTwinIsPresented_Then_TheTwinIsRefusedAndTheTokenStillWorks()
    {
        var token = TestTokens.Create(subject: "20000000042", role: "Gp");
        (await _server.MeAsync(token)).ShouldBe("20000000042|Gp||demo");
        var parts = token.Split('.');
        var forged = TestTokens.Create(subject: "20000000042", role: "Admin", key: RandomNumberGenerator.GetBytes(32));
        var twin = $"{parts[0]}.{forged.Split('.')[1]}.{parts[2]}"; // same signature, another payload

        (await _server.QueryAsync("{ me }", "Bearer " + twin)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await _server.MeAsync(token)).ShouldBe("20000000042|Gp||demo", "served again (from the validated tokens)");
    }

    [Theory]
    [InlineData("System")]
    [InlineData("system")]
    [InlineData("8")]
    [InlineData("Superuser")]
    public async Task Given_TokenWithUnknownRole_When_QueryingMe_Then_RoleDroppedAndUnauthenticated(string role)
    {
        // The token is genuine, so no 401; but a role outside the list (above all "System") must never become an actor.
        (await _server.MeAsync(TestTokens.Create(role: role))).ShouldBe("error:UNAUTHENTICATED");
    }

    [Fact]
    public async Task Given_ValidToken_When_GettingWithQueryString_Then_Authenticated()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bme%7D");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + TestTokens.Create(role: "Regulator"));
        request.Headers.TryAddWithoutValidation("Accept", "application/json");

        var text = await (await _server.Client.SendAsync(request)).Content.ReadAsStringAsync();

        text.ShouldContain("20000000001|Regulator");
    }

    [Fact]
    public async Task Given_NonBearerAuthorization_When_QueryingMe_Then_TreatedAsAnonymous()
    {
        var (status, body, _) = await _server.QueryAsync("{ me }", "Basic dXNlcjpwYXNz");

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("UNAUTHENTICATED");
    }
}
