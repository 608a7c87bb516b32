namespace Innomed.Api.Security.Authentication;

/// <summary>
/// Section <c>Innomed:Auth</c>. Either <see cref="Authority"/> (OIDC discovery gives issuer and keys)
/// or <see cref="Issuer"/> + <see cref="SigningKeys"/>; <see cref="Audience"/> in both cases.
/// </summary>
public sealed class InnomedAuthOptions
{
    public const string SectionName = "Innomed:Auth";

    /// <summary>OIDC issuer URL; its <c>/.well-known/openid-configuration</c> supplies the keys.</summary>
    public string? Authority { get; set; }

    /// <summary>Expected <c>iss</c> when no <see cref="Authority"/> is used.</summary>
    public string? Issuer { get; set; }

    /// <summary>Expected <c>aud</c>: this API's client id or resource name at the identity provider.</summary>
    public string? Audience { get; set; }

    /// <summary>Base64 symmetric keys (at least 256 bits) or PEM public keys (RSA or EC).</summary>
    public List<string> SigningKeys { get; set; } = [];

    /// <summary>Refuse plain-http discovery. Only a local Keycloak in development would turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerance for clocks that disagree; small, since tokens are short-lived. Default 30 s.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when a real identity provider is configured (either way).</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(Issuer) || SigningKeys.Count > 0;

    /// <summary>Fails start-up on a half-written configuration rather than rejecting every token later.</summary>
    public void Validate()
    {
        if (!IsConfigured)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            throw new InvalidOperationException($"{SectionName}:Audience is required when authentication is configured.");
        }

        if (string.IsNullOrWhiteSpace(Authority) && (string.IsNullOrWhiteSpace(Issuer) || SigningKeys.Count == 0))
        {
            throw new InvalidOperationException(
                $"{SectionName}: set Authority (OIDC discovery), or Issuer and SigningKeys.");
        }

        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromMinutes(5))
        {
            throw new InvalidOperationException($"{SectionName}:ClockSkew must be between 0 and 5 minutes.");
        }
    }
}
