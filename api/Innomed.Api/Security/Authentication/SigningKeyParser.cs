using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Innomed.Api.Security.Authentication;

/// <summary>Turns configured key text into keys: PEM public keys (RSA, EC) or base64 symmetric secrets.</summary>
public static class SigningKeyParser
{
    /// <summary>HS256 needs a key as long as its hash; shorter secrets are guessable.</summary>
    public const int MinimumSymmetricKeyBytes = 32;

    public static SecurityKey Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var trimmed = text.Trim();
        if (trimmed.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            if (trimmed.Contains("PRIVATE KEY", StringComparison.Ordinal))
            {
                // A validator needs only the public half; a private key in API configuration is a leak waiting to happen.
                throw new InvalidOperationException("Signing keys must be public keys; a private key was configured.");
            }

            return ParsePem(trimmed);
        }

        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(trimmed);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("A signing key is neither PEM nor base64.");
        }

        if (secret.Length < MinimumSymmetricKeyBytes)
        {
            throw new InvalidOperationException($"A symmetric signing key must hold at least {MinimumSymmetricKeyBytes} bytes.");
        }

        return new SymmetricSecurityKey(secret);
    }

    private static SecurityKey ParsePem(string pem)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
        }

        var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            return new ECDsaSecurityKey(ec);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            ec.Dispose();
            throw new InvalidOperationException("A PEM signing key is neither an RSA nor an EC public key.");
        }
    }
}
