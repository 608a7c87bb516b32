using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Security.Hardening;

public static class HardeningApplicationBuilderExtensions
{
    private static readonly object Applied = new();

    /// <summary>
    /// Security headers, CORS, then the per-caller rate limits. Call before <c>UseInnomedAuthentication</c>
    /// so that 401 answers carry the headers and CORS preflights are answered before any token check
    /// (the limiter authenticates by itself to find the caller). Idempotent per request: when the
    /// pipeline holds it twice (a test's startup filter plus the host), only the first one acts, so
    /// no request is counted twice.
    /// </summary>
    public static IApplicationBuilder UseInnomedHardening(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseWhen(context => !context.Items.ContainsKey(Applied), hardened =>
        {
            hardened.Use((context, next) =>
            {
                context.Items[Applied] = true;
                return next(context);
            });
            hardened.UseMiddleware<SecurityHeadersMiddleware>();
            hardened.UseCors();
            hardened.UseMiddleware<CallerPartitionMiddleware>();
            hardened.UseRateLimiter();
            hardened.UseMiddleware<WebSocketQuotaMiddleware>();
        });
    }
}
