using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Innomed.LoadGenerator;

/// <summary>Signs the bench users' tokens with the key the gateway under test trusts (Innomed:Auth).</summary>
public sealed class Tokens(BenchOptions options)
{
    public const string Gp = "10000000001";
    public const string Unit = "chu-demo:usi";

    public string For(string subject, string role, string? unit = null)
    {
        var claims = new List<Claim> { new("sub", subject), new("role", role), new("territory", "demo") };
        if (unit is not null) claims.Add(new("unit", unit));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer, Audience = options.Audience, Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(2),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(options.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
