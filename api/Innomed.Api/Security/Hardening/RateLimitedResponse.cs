using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Security.Hardening;

/// <summary>The 429 answer: a GraphQL-shaped body any GraphQL client can show, and when to come back.</summary>
internal static class RateLimitedResponse
{
    private static readonly byte[] Body =
        """{"errors":[{"message":"Too many requests; retry later.","extensions":{"code":"RATE_LIMITED"}}]}"""u8.ToArray();

    public static async ValueTask WriteAsync(HttpContext context, RateLimitLease? lease, CancellationToken cancellationToken)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        var retryAfter = lease is not null && lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(Body, cancellationToken);
    }
}
