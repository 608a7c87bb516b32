using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innomed.Api.Security.Authentication;
using Innomed.Api.Security.Authentication.DevSignIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Innomed.Api.Tests.Security;

/// <summary>The development sign-in exists in the embedded run only, and its tokens work like any other.</summary>
[Trait("Category", "Security")]
public sealed class DevSignInTests
{
    private static readonly Dictionary<string, string?> Embedded = [];

    [Fact]
    public async Task Given_EmbeddedRun_When_ListingUsers_Then_DemoUsersWithRoles()
    {
        await using var server = await StartAsync(Embedded);

        var users = await server.Client.GetFromJsonAsync<JsonElement>("/auth/dev/users");

        users.GetArrayLength().ShouldBe(DemoUsersForTests.All.Count);
        users[2].GetProperty("id").GetString().ShouldBe("30000000001");
        users[2].GetProperty("role").GetString().ShouldBe("HospitalStaff");
        users[2].GetProperty("unitId").GetString().ShouldBe("chu-demo:er");
    }

    [Fact]
    public async Task Given_EmbeddedRun_When_SigningIn_Then_OneHourTokenActsAsTheUserOverHttpAndWebSocket()
    {
        await using var server = await StartAsync(Embedded);

        var token = await SignInAsync(server, "30000000001");

        var jwt = new JsonWebTokenHandler().ReadJsonWebToken(token);
        jwt.Issuer.ShouldBe("innomed-dev");
        (jwt.ValidTo - jwt.IssuedAt).ShouldBe(TimeSpan.FromHours(1));
        jwt.Alg.ShouldBe("HS256");
        (await server.MeAsync(token)).ShouldBe("30000000001|HospitalStaff|chu-demo:er|demo");
        using var socket = await server.ConnectAsync();
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        (await socket.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("connection_ack");
    }

    [Fact]
    public async Task Given_EmbeddedRun_When_Started_Then_KeyFileIsOwnerOnlyAndSurvivesRestart()
    {
        var directory = Directory.CreateTempSubdirectory("innomed-devkey-");
        try
        {
            var settings = new Dictionary<string, string?> { ["Innomed:DataDirectory"] = directory.FullName };
            string token;
            await using (var first = await StartAsync(settings))
            {
                token = await SignInAsync(first, "dpo-demo");
            }

            var path = Path.Combine(directory.FullName, DevSigningKey.FileName);
            File.Exists(path).ShouldBeTrue();
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            await using var second = await StartAsync(settings);
            (await second.QueryAsync("{ hello }", "Bearer " + token)).Status.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("""{"userId":"nobody"}""", "application/json", HttpStatusCode.BadRequest, "UNKNOWN_USER")]
    [InlineData("""{"userId":42}""", "application/json", HttpStatusCode.BadRequest, "UNKNOWN_USER")]
    [InlineData("""{"userId":""", "application/json", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("""{"userId":"admin-demo"}""", "text/plain", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    public async Task Given_BadSignInRequest_When_Posted_Then_RefusedWithCode(string body, string contentType, HttpStatusCode status, string code)
    {
        await using var server = await StartAsync(Embedded);

        using var response = await server.Client.PostAsync("/auth/dev/sign-in", new StringContent(body, Encoding.UTF8, contentType));

        response.StatusCode.ShouldBe(status);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe(code);
    }

    [Fact]
    public async Task Given_OversizedChunkedBody_When_SigningIn_Then_413()
    {
        await using var server = await StartAsync(Embedded);
        var body = "{\"userId\":\"" + new string('x', 10_000) + "\"}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");

        using var response = await server.Client.PostAsync("/auth/dev/sign-in", content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Given_ExpiredTokenHeader_When_SigningIn_Then_StillIssued()
    {
        await using var server = await StartAsync(Embedded);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/dev/sign-in") { Content = JsonContent.Create(new { userId = "admin-demo" }) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + TestTokens.Create(expiresIn: TimeSpan.FromMinutes(-10)));

        using var response = await server.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public static TheoryData<string, string, Dictionary<string, string?>> ProductionConfigurations() => new()
    {
        { "database + provider", "Production", TestTokens.ProviderSettings(("ConnectionStrings:Innomed", "Host=db;Database=innomed")) },
        { "database + provider, Development", "Development", TestTokens.ProviderSettings(("ConnectionStrings:Innomed", "Host=db;Database=innomed")) },
        { "database, anonymous demo", "Development", new() { ["ConnectionStrings:Innomed"] = "Host=db", ["Innomed:AllowAnonymousAsSystem"] = "true" } },
        { "embedded, Production + provider", "Production", TestTokens.ProviderSettings() },
    };

    [Theory]
    [MemberData(nameof(ProductionConfigurations))]
    public async Task Given_ProductionConfiguration_When_CallingDevSignIn_Then_404AndDevTokensRefused(
        string why, string environment, Dictionary<string, string?> settings)
    {
        await using var server = await StartAsync(settings, environment);

        (await server.Client.GetAsync("/auth/dev/users")).StatusCode.ShouldBe(HttpStatusCode.NotFound, why);
        (await server.Client.PostAsJsonAsync("/auth/dev/sign-in", new { userId = "admin-demo" })).StatusCode.ShouldBe(HttpStatusCode.NotFound, why);
        server.App.Services.GetService<DevTokenIssuer>().ShouldBeNull(why);
        var devLooking = TestTokens.Create(issuer: DevTokenIssuer.Issuer, audience: DevTokenIssuer.Audience);
        (await server.QueryAsync("{ hello }", "Bearer " + devLooking)).Status.ShouldBe(HttpStatusCode.Unauthorized, why);
    }

    [Fact]
    public async Task Given_EmbeddedDevelopmentWithProvider_When_UsingBothTokens_Then_EachIssuerOnlyWithItsOwnKey()
    {
        await using var server = await StartAsync(TestTokens.ProviderSettings(), "Development");
        var devToken = await SignInAsync(server, "10000000001");
        var devKey = server.App.Services.GetRequiredService<DevSigningKey>().Key.Key;

        (await server.MeAsync(devToken)).ShouldBe("10000000001|Gp||demo");
        (await server.MeAsync(TestTokens.Create())).ShouldBe("20000000001|Specialist||demo");
        // Development key claiming the provider's issuer, and the provider's key claiming the development issuer.
        (await server.QueryAsync("{ hello }", "Bearer " + TestTokens.Create(key: devKey))).Status.ShouldBe(HttpStatusCode.Unauthorized);
        var crossed = TestTokens.Create(issuer: DevTokenIssuer.Issuer, audience: DevTokenIssuer.Audience);
        (await server.QueryAsync("{ hello }", "Bearer " + crossed)).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await server.QueryAsync("{ hello }", "Bearer not.a.jwt")).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await server.QueryAsync("{ hello }", "Bearer " + TestTokens.AlgNone())).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_DatabaseWithoutProviderOrAnonymousDemo_When_Starting_Then_StartUpFails()
    {
        var exception = await Should.ThrowAsync<InvalidOperationException>(() =>
            StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:Innomed"] = "Host=db" }));

        exception.Message.ShouldContain("Innomed:Auth");
    }

    [Fact]
    public async Task Given_AnonymousDemoAllowed_When_NoToken_Then_SystemActorButAnUnknownRoleTokenIsNotSystem()
    {
        await using var server = await StartAsync(new Dictionary<string, string?> { ["Innomed:AllowAnonymousAsSystem"] = "true" });
        var devKey = server.App.Services.GetRequiredService<DevSigningKey>().Key.Key;
        var systemClaim = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevTokenIssuer.Issuer, Audience = DevTokenIssuer.Audience, Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = "x", ["role"] = "System" },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(devKey), SecurityAlgorithms.HmacSha256),
        });

        (await server.MeAsync(null)).ShouldBe("system|System||");
        (await server.MeAsync(systemClaim)).ShouldBe("error:UNAUTHENTICATED");
        using var socket = await server.ConnectAsync();
        await socket.SendAsync("""{"type":"connection_init"}""");
        (await socket.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("connection_ack");
    }

    private static Task<SecurityServer> StartAsync(IDictionary<string, string?> settings, string environment = "Production") =>
        SecurityServer.StartAsync(settings, environment, services => services.AddSingleton<IDevUserDirectory, DemoUsersForTests>());

    private static async Task<string> SignInAsync(SecurityServer server, string userId)
    {
        using var response = await server.Client.PostAsJsonAsync("/auth/dev/sign-in", new { userId });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        body.GetProperty("expiresIn").GetInt32().ShouldBe(3600);
        body.GetProperty("user").GetProperty("id").GetString().ShouldBe(userId);
        return body.GetProperty("accessToken").GetString()!;
    }

    private sealed class DemoUsersForTests : IDevUserDirectory
    {
        public static IReadOnlyList<DevUser> All { get; } =
        [
            new("10000000001", "Camille Durand", InnomedRoles.Gp, null, "demo"),
            new("20000000001", "Paul Mercier", InnomedRoles.Specialist, null, "demo"),
            new("30000000001", "Pierre Rousseau", InnomedRoles.HospitalStaff, "chu-demo:er", "demo"),
            new("admin-demo", "Admin Démo", InnomedRoles.Admin, null, "demo"),
            new("dpo-demo", "DPO Démo", InnomedRoles.DataProtectionOfficer, null, "demo"),
        ];

        public IReadOnlyList<DevUser> Users => All;
    }
}
