using Innomed.Api.Transport;

namespace Innomed.Api.Security.Authentication;

/// <summary>
/// The <see cref="GraphQLTransportOptions.ConnectionValidator"/> that ends a WebSocket once the
/// token it was opened with expires (plus the clock skew validation allowed): a subscription must
/// not outlive the sign-in. Clients reconnect with a fresh token.
/// </summary>
public static class TokenExpiryConnectionValidator
{
    public static Func<GraphQLRequestContext, CancellationToken, ValueTask<bool>> Create(
        TimeProvider time, TimeSpan clockSkew, Func<GraphQLRequestContext, CancellationToken, ValueTask<bool>>? next = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        return async (context, cancellationToken) =>
        {
            if (context.UserContext.TryGetValue(AuthenticatedRequestContextFactory.ExpiresAtKey, out var value)
                && value is DateTimeOffset expiresAt
                && time.GetUtcNow() >= expiresAt + clockSkew)
            {
                return false;
            }

            return next is null || await next(context, cancellationToken);
        };
    }
}
