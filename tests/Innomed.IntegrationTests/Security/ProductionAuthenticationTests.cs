using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using Innomed.IntegrationTests.EndToEnd;
using Innomed.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Innomed.IntegrationTests.Security;

/// <summary>
/// A production configuration (PostgreSQL + an identity provider's issuer, audience and key):
/// the development sign-in does not exist, and only the provider's tokens get in.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Security")]
public sealed class ProductionAuthenticationTests(PostgresServer postgres)
{
    private const string Issuer = "https://idp.innomed.test/realms/innomed";
    private const string Audience = "innomed-api";
    private static readonly byte[] Secret = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public async Task Given_DatabaseAndProvider_When_CallingDevSignIn_Then_404AndOnlyProviderTokensAuthenticate()
    {
        await using var process = await InnomedProcess.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Innomed"] = await postgres.CreateDatabaseAsync(),
            ["Innomed:SeedDemo"] = "true", // the "demo" territory must exist, or NOT_FOUND hides the authentication outcome
            ["Innomed:AllowAnonymousAsSystem"] = "false",
            ["Innomed:Auth:Issuer"] = Issuer,
            ["Innomed:Auth:Audience"] = Audience,
            ["Innomed:Auth:SigningKeys:0"] = Convert.ToBase64String(Secret),
        });
        using var http = new AuthHttp(process.BaseAddress);
        const string start = """mutation { startJourney(input: { territoryId: "demo", patient: { familyName: "Test", givenName: "Prod", birthDate: "1980-05-06" } }) { journey { id } } }""";

        (await http.Client.GetAsync("/auth/dev/users")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await http.Client.PostAsJsonAsync("/auth/dev/sign-in", new { userId = "admin-demo" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var provider = await http.GraphQLAsync(start, Token(Issuer, Secret));
        AuthHttp.ErrorCode(provider.Body).ShouldBeOneOf([null, "FORBIDDEN"], provider.Body?.ToJsonString());
        AuthHttp.ErrorCode((await http.GraphQLAsync(start)).Body).ShouldBe("UNAUTHENTICATED");
        (await http.GraphQLAsync(start, Token("innomed-dev", RandomNumberGenerator.GetBytes(32)))).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await http.ConnectionInitAsync(new { Authorization = "Bearer " + Token(Issuer, Secret) })).ShouldBe("connection_ack");
        (await http.ConnectionInitAsync(null)).ShouldBe("close 4403");
    }

    private static string Token(string issuer, byte[] key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = issuer,
        Audience = Audience,
        Expires = DateTime.UtcNow.AddMinutes(10),
        Subject = new ClaimsIdentity([new Claim("sub", "10000000001"), new Claim("role", "Gp"), new Claim("territory", "demo")]),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
    });
}
