using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>
/// Tokens an attacker (or a clock) would produce. "Valid key" tokens use the embedded run's own
/// development key from the data directory, so only the one property under test is wrong.
/// </summary>
public sealed class TokenForge(string dataDirectory)
{
    private readonly byte[] _devKey = Convert.FromBase64String(File.ReadAllText(Path.Combine(dataDirectory, "dev-signing-key")).Trim());

    public string Expired() => Sign(expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddMinutes(-70));

    public string NotYetValid() => Sign(notBefore: DateTime.UtcNow.AddMinutes(30), expires: DateTime.UtcNow.AddMinutes(90));

    public string WrongIssuer() => Sign(issuer: "https://evil.example/realms/innomed");

    public string WrongAudience() => Sign(audience: "someone-else");

    public string NoSubject() => Sign(subject: null);

    public string WithRole(string subject, string role) => Sign(subject: subject, role: role);

    public string ForeignKey() => Sign(key: RandomNumberGenerator.GetBytes(32));

    /// <summary>A valid token whose signature's last characters were changed.</summary>
    public string Tampered()
    {
        var token = Sign();
        return token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
    }

    /// <summary>A valid token whose payload was edited (role Admin) without re-signing.</summary>
    public string PayloadEdited()
    {
        var parts = Sign().Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"Gp\"", "\"Admin\"", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    /// <summary>alg "none", no signature: the classic.</summary>
    public static string AlgNone(string subject = "10000000001", string role = "Gp")
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var exp = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode($$"""{"iss":"innomed-dev","aud":"innomed","sub":"{{subject}}","role":"{{role}}","territory":"demo","exp":{{exp}}}""");
        return $"{header}.{payload}.";
    }

    private string Sign(
        string? subject = "10000000001",
        string role = "Gp",
        string issuer = "innomed-dev",
        string audience = "innomed",
        DateTime? expires = null,
        DateTime? notBefore = null,
        byte[]? key = null)
    {
        var claims = new List<Claim> { new("role", role), new("territory", "demo") };
        if (subject is not null) claims.Add(new Claim("sub", subject));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(30),
            IssuedAt = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? _devKey), SecurityAlgorithms.HmacSha256),
        });
    }
}
