using System.Security.Claims;
using Innomed.Api.Security.Authentication.DevSignIn;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Innomed.Api.Security.Authentication;

/// <summary>
/// Validates a raw token outside the HTTP pipeline (WebSocket <c>connection_init</c>) with exactly
/// the parameters, keys and discovery document of the JwtBearer scheme HTTP requests use, so a token
/// is never good on one transport and bad on the other.
/// </summary>
public sealed class InnomedTokenValidator
{
    private readonly InnomedAuthenticationSetup _setup;
    private readonly IOptionsMonitor<JwtBearerOptions> _options;

    public InnomedTokenValidator(InnomedAuthenticationSetup setup, IOptionsMonitor<JwtBearerOptions> options)
    {
        _setup = setup;
        _options = options;
    }

    /// <summary>The normalised principal, or null for any invalid, expired, unsigned or malformed token.</summary>
    public async Task<ClaimsPrincipal?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var scheme = SchemeFor(_setup, token);
        var options = _options.Get(scheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } manager)
        {
            // Same merge as JwtBearerHandler: the discovered issuer and keys join the configured ones.
            var discovered = await manager.GetConfigurationAsync(cancellationToken);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], discovered.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. discovered.SigningKeys];
        }

        var handler = options.TokenHandlers.OfType<TokenHandler>().FirstOrDefault() ?? new JsonWebTokenHandler { MapInboundClaims = false };
        var result = await handler.ValidateTokenAsync(token, parameters);
        return result.IsValid ? InnomedPrincipalNormaliser.Normalise(new ClaimsPrincipal(result.ClaimsIdentity)) : null;
    }

    /// <summary>
    /// Development tokens go to the development scheme, everything else to the provider's. Reading
    /// the issuer unvalidated is safe: it only picks which keys must then verify the signature.
    /// </summary>
    public static string SchemeFor(InnomedAuthenticationSetup setup, string? token)
    {
        if (setup.DefaultScheme != InnomedAuthenticationSetup.SelectorScheme)
        {
            return setup.DefaultScheme;
        }

        try
        {
            return token is not null && new JsonWebTokenHandler().ReadJsonWebToken(token).Issuer == DevTokenIssuer.Issuer
                ? InnomedAuthenticationSetup.DevScheme
                : InnomedAuthenticationSetup.ProviderScheme;
        }
        catch (ArgumentException)
        {
            return InnomedAuthenticationSetup.ProviderScheme; // malformed: let the provider scheme refuse it
        }
    }
}
