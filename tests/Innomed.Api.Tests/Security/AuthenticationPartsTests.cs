using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Innomed.Api.Security.Authentication;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Innomed.Api.Tests.Security;

/// <summary>The pieces without a server: key parsing, token extraction, expiry checks, configuration.</summary>
[Trait("Category", "Security")]
public sealed class AuthenticationPartsTests
{
    [Theory]
    [InlineData("""{"Authorization":"Bearer abc"}""", "abc", false)]
    [InlineData("""{"authorization":"bearer  abc "}""", "abc", false)]
    [InlineData("""{"token":"abc"}""", "abc", false)]
    [InlineData("""{"access_token":"abc"}""", "abc", false)]
    [InlineData("""{"other":"x"}""", null, false)]
    [InlineData("""{"Authorization":"Basic abc"}""", null, true)]
    [InlineData("""{"Authorization":"Bearer "}""", null, true)]
    [InlineData("""{"Authorization":null}""", null, true)]
    [InlineData("""{"token":["abc"]}""", null, true)]
    [InlineData("""["Bearer abc"]""", null, false)]
    public void Given_ConnectionInitPayload_When_ReadingToken_Then_TokenOrMalformed(string json, string? token, bool malformed)
    {
        var payload = JsonDocument.Parse(json).RootElement;

        AuthenticatedRequestContextFactory.ReadToken(payload, out var isMalformed).ShouldBe(token);
        isMalformed.ShouldBe(malformed);
    }

    [Fact]
    public async Task Given_ExpiryInUserContext_When_Validating_Then_FalseOnlyAfterExpiryPlusSkew()
    {
        var time = new ManualTime(DateTimeOffset.Parse("2026-11-22T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var validate = TokenExpiryConnectionValidator.Create(time, TimeSpan.FromSeconds(30));
        var context = Context(time.Now.AddMinutes(1));

        (await validate(context, default)).ShouldBeTrue();
        time.Now = time.Now.AddSeconds(89);
        (await validate(context, default)).ShouldBeTrue();
        time.Now = time.Now.AddSeconds(1);
        (await validate(context, default)).ShouldBeFalse();
        (await validate(Context(null), default)).ShouldBeTrue(); // anonymous demo connection: nothing expires
    }

    [Fact]
    public async Task Given_AnEarlierValidator_When_Chained_Then_ItStillDecides()
    {
        var validate = TokenExpiryConnectionValidator.Create(TimeProvider.System, TimeSpan.Zero, (_, _) => ValueTask.FromResult(false));

        (await validate(Context(DateTimeOffset.UtcNow.AddHours(1)), default)).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_RsaPublicKeyPem_When_Configured_Then_Rs256TokensValidate()
    {
        using var rsa = RSA.Create(2048);
        var key = SigningKeyParser.Parse(rsa.ExportSubjectPublicKeyInfoPem());
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "i", Audience = "a", Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = "s" },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256),
        });

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, InnomedTokenValidation.Create("i", "a", [key], TimeSpan.Zero));

        result.IsValid.ShouldBeTrue(result.Exception?.Message);
    }

    [Fact]
    public void Given_EcPublicKeyPem_When_Parsed_Then_EcdsaKey()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        SigningKeyParser.Parse(ec.ExportSubjectPublicKeyInfoPem()).ShouldBeOfType<ECDsaSecurityKey>();
    }

    [Fact]
    public void Given_BadKeys_When_Parsed_Then_StartUpErrors()
    {
        using var rsa = RSA.Create(2048);
        Should.Throw<InvalidOperationException>(() => SigningKeyParser.Parse(Convert.ToBase64String(new byte[16]))).Message.ShouldContain("at least 32");
        Should.Throw<InvalidOperationException>(() => SigningKeyParser.Parse(rsa.ExportPkcs8PrivateKeyPem())).Message.ShouldContain("private key");
        Should.Throw<InvalidOperationException>(() => SigningKeyParser.Parse("not base64 !"));
    }

    [Theory]
    [InlineData("Innomed:Auth:Issuer", "https://idp")]
    [InlineData("Innomed:Auth:Authority", "https://idp")]
    public void Given_HalfWrittenProviderConfiguration_When_Starting_Then_Refused(string key, string value)
    {
        var options = new InnomedAuthOptions();
        if (key.EndsWith("Issuer", StringComparison.Ordinal)) options.Issuer = value; else options.Authority = value;

        Should.Throw<InvalidOperationException>(options.Validate).Message.ShouldContain("Audience");
    }

    [Theory]
    [InlineData("admin", "Admin")]
    [InlineData(" DataProtectionOfficer ", "DataProtectionOfficer")]
    [InlineData("System", null)]
    [InlineData("8", null)]
    [InlineData(null, null)]
    public void Given_RoleText_When_Normalised_Then_CanonicalOrNull(string? text, string? expected) =>
        InnomedRoles.Normalise(text).ShouldBe(expected);

    [Fact]
    public void Given_AValidatedToken_When_ReusedBeforeAndAfterItsExpiryOrTheMaximumAge_Then_ServedOnlyWhileBothHold()
    {
        var time = new ManualTime(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var cache = new ValidatedTokenCache(time);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "gp")], "test"));
        cache.Add("soon", principal, time.Now.AddSeconds(10));
        cache.Add("later", principal, time.Now.AddHours(1));

        cache.TryGet("soon", out var cached).ShouldBeTrue();
        cached.ShouldBeSameAs(principal);
        cache.TryGet("other", out _).ShouldBeFalse("only the exact token text");

        time.Now = time.Now.AddSeconds(10);
        cache.TryGet("soon", out _).ShouldBeFalse("never past the token's expiry");
        cache.TryGet("later", out _).ShouldBeTrue();
        time.Now = time.Now.AddSeconds(50);
        cache.TryGet("later", out _).ShouldBeFalse("at most the maximum age, so a withdrawn key stops vouching");
    }

    [Fact]
    public void Given_AFullCache_When_AnotherTokenIsAdded_Then_ItStaysBounded()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        var cache = new ValidatedTokenCache(time);
        var principal = new ClaimsPrincipal();
        for (var i = 0; i <= ValidatedTokenCache.Capacity; i++) cache.Add($"t{i}", principal, time.Now.AddHours(1));

        cache.Count.ShouldBeLessThanOrEqualTo(ValidatedTokenCache.Capacity);
        cache.TryGet($"t{ValidatedTokenCache.Capacity}", out _).ShouldBeTrue("the newest is kept");
    }

    private static GraphQLRequestContext Context(DateTimeOffset? expiresAt) => new()
    {
        User = new(),
        HttpContext = new DefaultHttpContext(),
        Transport = GraphQLTransportKind.WebSocket,
        UserContext = expiresAt is { } at
            ? new Dictionary<string, object?> { [AuthenticatedRequestContextFactory.ExpiresAtKey] = at }
            : new Dictionary<string, object?>(),
    };

    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
