using System.Security.Claims;

namespace Innomed.Api.Security.Authentication;

/// <summary>
/// Applied to every validated token, HTTP or WebSocket, so both transports see the same principal:
/// a subject is required, and only known roles survive, in their canonical spelling.
/// </summary>
public static class InnomedPrincipalNormaliser
{
    /// <summary>The principal to use, or null when the token identifies nobody (no <c>sub</c>).</summary>
    public static ClaimsPrincipal? Normalise(ClaimsPrincipal? principal)
    {
        var source = principal?.Identities.FirstOrDefault(identity => identity.IsAuthenticated);
        if (source is null || string.IsNullOrWhiteSpace(source.FindFirst(InnomedClaimTypes.Subject)?.Value))
        {
            return null;
        }

        var claims = new List<Claim>();
        foreach (var claim in source.Claims)
        {
            if (claim.Type != InnomedClaimTypes.Role)
            {
                claims.Add(claim);
            }
            else if (InnomedRoles.Normalise(claim.Value) is { } role)
            {
                claims.Add(new Claim(InnomedClaimTypes.Role, role, ClaimValueTypes.String, claim.Issuer));
            }
        }

        return new ClaimsPrincipal(new ClaimsIdentity(
            claims, source.AuthenticationType, InnomedClaimTypes.Name, InnomedClaimTypes.Role));
    }

    /// <summary>When the token stops being valid, from its <c>exp</c> claim.</summary>
    public static DateTimeOffset? ExpiresAt(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirst(InnomedClaimTypes.Expires)?.Value, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
