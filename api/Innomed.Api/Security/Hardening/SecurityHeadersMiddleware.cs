using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Innomed.Api.Security.Hardening;

/// <summary>
/// Adds the security headers to every response just before it starts, whoever wrote it (GraphQL,
/// 401 from authentication, 429 from the rate limiter, 404s). Headers a handler set itself are kept.
/// </summary>
internal sealed class SecurityHeadersMiddleware
{
    private readonly RequestDelegate _next;
    private readonly InnomedHeadersOptions _options;

    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<InnomedHeadersOptions> options)
    {
        _next = next;
        _options = options.Value;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (context, options) = ((HttpContext, InnomedHeadersOptions))state;
            Apply(context, options);
            return Task.CompletedTask;
        }, (context, _options));
        return _next(context);
    }

    internal static void Apply(HttpContext context, InnomedHeadersOptions options)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = options.PermissionsPolicy;
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
            headers.ContentSecurityPolicy = html ? options.HtmlContentSecurityPolicy : options.ContentSecurityPolicy;
        }

        // Journeys are health data: no browser or proxy cache may keep an API answer.
        if (!headers.ContainsKey(HeaderNames.CacheControl)
            && context.Response.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            headers.CacheControl = "no-store";
        }

        if (context.Request.IsHttps && options.HstsMaxAgeSeconds > 0)
        {
            headers.StrictTransportSecurity = $"max-age={options.HstsMaxAgeSeconds}; includeSubDomains";
        }
    }
}
