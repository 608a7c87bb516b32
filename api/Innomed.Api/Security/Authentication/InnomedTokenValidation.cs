using Microsoft.IdentityModel.Tokens;

namespace Innomed.Api.Security.Authentication;

/// <summary>The validation rules shared by every scheme: nothing unsigned, nothing unbounded in time.</summary>
public static class InnomedTokenValidation
{
    /// <summary>
    /// Algorithms we accept. Listing them refuses <c>alg: none</c> by construction, on top of
    /// <see cref="TokenValidationParameters.RequireSignedTokens"/>.
    /// </summary>
    public static IReadOnlyList<string> Algorithms { get; } =
    [
        SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512,
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    public static TokenValidationParameters Create(string? issuer, string? audience, IEnumerable<SecurityKey> keys, TimeSpan clockSkew) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = issuer, // with an Authority the JwtBearer handler adds the discovered issuer
        ValidateAudience = true,
        ValidAudience = audience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = clockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = keys.ToList(),
        ValidAlgorithms = Algorithms,
        NameClaimType = InnomedClaimTypes.Name,
        RoleClaimType = InnomedClaimTypes.Role,
    };
}
