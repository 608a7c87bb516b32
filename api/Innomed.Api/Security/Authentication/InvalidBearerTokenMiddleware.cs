using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Security.Authentication;

/// <summary>
/// A request that presents a bearer token which fails validation (expired, forged, wrong issuer or
/// audience, unsigned, malformed) gets 401 with <c>WWW-Authenticate: Bearer error="invalid_token"</c>
/// and a GraphQL-shaped body, so clients know to refresh. A request with no token goes on anonymous
/// and the schema answers UNAUTHENTICATED where it matters. Endpoints marked AllowAnonymous (the
/// development sign-in) are exempt: a stale token must not block getting a new one.
/// </summary>
internal sealed class InvalidBearerTokenMiddleware
{
    private static readonly byte[] Body =
        """{"errors":[{"message":"The access token is invalid or expired.","extensions":{"code":"UNAUTHENTICATED"}}]}"""u8.ToArray();

    private readonly RequestDelegate _next;

    public InvalidBearerTokenMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        // UseAuthentication keeps only successes; asking again returns the handler's cached result.
        var result = await context.AuthenticateAsync();
        if (result.Failure is null || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            await _next(context);
            return;
        }

        // No details (why it failed) in the header or body: they help an attacker more than a client.
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(Body, context.RequestAborted);
    }
}
