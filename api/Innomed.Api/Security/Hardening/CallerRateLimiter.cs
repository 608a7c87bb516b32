using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Security.Hardening;

/// <summary>The global limiter: one token bucket per <see cref="CallerPartition"/>, none for exempt paths.</summary>
internal static class CallerRateLimiter
{
    private const string Exempt = "exempt";

    public static PartitionedRateLimiter<HttpContext> Create(InnomedRateLimitOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!options.Enabled || IsExempt(context.Request.Path, options))
            {
                return RateLimitPartition.GetNoLimiter(Exempt);
            }

            var caller = CallerPartition.Of(context);
            var (burst, perSecond) = caller.IsUser
                ? (options.Burst, options.PerSecond)
                : (options.AnonymousBurst, options.AnonymousPerSecond);
            return RateLimitPartition.GetTokenBucketLimiter(caller.Key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0, // refuse at once: a queued GraphQL request only holds a connection longer
                AutoReplenishment = true,
            });
        });

    internal static bool IsExempt(PathString path, InnomedRateLimitOptions options)
    {
        var value = path.Value ?? string.Empty;
        return options.ExemptPathPrefixes.Any(prefix => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
