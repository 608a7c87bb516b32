using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Innomed.Api.Security.Authentication.DevSignIn;

/// <summary>Issues the development sign-in's tokens: HS256 with <see cref="DevSigningKey"/>, one hour.</summary>
public sealed class DevTokenIssuer
{
    public const string Issuer = "innomed-dev";
    public const string Audience = "innomed";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly DevSigningKey _key;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new();

    public DevTokenIssuer(DevSigningKey key, TimeProvider time)
    {
        _key = key;
        _time = time;
    }

    public (string Token, DateTimeOffset ExpiresAt) Issue(DevUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = _time.GetUtcNow();
        var expires = now + Lifetime;
        var claims = new List<Claim>
        {
            new(InnomedClaimTypes.Subject, user.Id),
            new(InnomedClaimTypes.Role, user.Role),
            new(InnomedClaimTypes.Name, user.Name),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        if (user.UnitId is { } unit)
        {
            claims.Add(new Claim(InnomedClaimTypes.Unit, unit));
        }

        if (user.TerritoryId is { } territory)
        {
            claims.Add(new Claim(InnomedClaimTypes.Territory, territory));
        }

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(_key.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }
}
