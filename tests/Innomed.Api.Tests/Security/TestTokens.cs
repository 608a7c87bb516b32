using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Innomed.Api.Tests.Security;

/// <summary>Tokens of a pretend identity provider configured with a symmetric key, good and bad.</summary>
internal static class TestTokens
{
    public const string Issuer = "https://idp.innomed.test/realms/innomed";
    public const string Audience = "innomed-api";
    public static readonly byte[] Secret = RandomNumberGenerator.GetBytes(32);

    /// <summary>Innomed:Auth for this provider (issuer + audience + base64 key), plus extra settings.</summary>
    public static Dictionary<string, string?> ProviderSettings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Innomed:Auth:Issuer"] = Issuer,
            ["Innomed:Auth:Audience"] = Audience,
            ["Innomed:Auth:SigningKeys:0"] = Convert.ToBase64String(Secret),
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static string Create(
        string? subject = "20000000001",
        string? role = "Specialist",
        string? unit = null,
        string? territory = "demo",
        string issuer = Issuer,
        string audience = Audience,
        TimeSpan? expiresIn = null,
        byte[]? key = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(10));
        var claims = new List<Claim>();
        if (subject is not null) claims.Add(new Claim("sub", subject));
        if (role is not null) claims.Add(new Claim("role", role));
        if (unit is not null) claims.Add(new Claim("unit", unit));
        if (territory is not null) claims.Add(new Claim("territory", territory));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = expires.AddHours(-1) < now ? expires.AddHours(-1) : now,
            NotBefore = expires.AddHours(-1) < now ? expires.AddHours(-1) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? Secret), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A token with <c>alg: none</c> and an empty signature, claiming to be an admin.</summary>
    public static string AlgNone() => Unsigned("""{"alg":"none","typ":"JWT"}""");

    /// <summary>A token whose header says HS256 but whose signature was stripped.</summary>
    public static string SignatureStripped() => Unsigned("""{"alg":"HS256","typ":"JWT"}""");

    private static string Unsigned(string header)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["sub"] = "admin-1", ["role"] = "Admin", ["iss"] = Issuer, ["aud"] = Audience,
            ["iat"] = now - 60, ["nbf"] = now - 60, ["exp"] = now + 600,
        });
        return Base64UrlEncoder.Encode(header) + "." + Base64UrlEncoder.Encode(payload) + ".";
    }
}
