using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Innomed.Api.Security.Hardening;

/// <summary>Builds the one CORS policy from <see cref="InnomedCorsOptions"/>, refusing origins that are not plain origins.</summary>
internal static class CorsPolicyFactory
{
    public static CorsPolicy Create(InnomedCorsOptions options)
    {
        var builder = new CorsPolicyBuilder()
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "Accept")
            .WithExposedHeaders("Retry-After", "WWW-Authenticate")
            .SetPreflightMaxAge(options.PreflightMaxAge)
            .DisallowCredentials(); // bearer tokens in a header need none; cookies are never used
        var origins = options.Origins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).ToArray();
        if (origins.Contains("*"))
        {
            if (origins.Length > 1)
            {
                throw new InvalidOperationException("Innomed:Cors:Origins: '*' cannot be combined with explicit origins.");
            }

            return builder.AllowAnyOrigin().Build();
        }

        foreach (var origin in origins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("https" or "http")
                || uri.AbsolutePath != "/" || origin.EndsWith('/') || !string.IsNullOrEmpty(uri.Query) || origin.Contains('*'))
            {
                throw new InvalidOperationException(
                    $"Innomed:Cors:Origins: '{origin}' is not an origin (scheme://host[:port], no path, no wildcard).");
            }
        }

        return builder.WithOrigins(origins).Build();
    }
}
