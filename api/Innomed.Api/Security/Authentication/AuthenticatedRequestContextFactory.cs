using System.Security.Claims;
using System.Text.Json;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Security.Authentication;

/// <summary>
/// Who is calling, for the GraphQL transports. HTTP: the principal the JwtBearer handler put on the
/// request (a present but invalid token never gets here: <see cref="InvalidBearerTokenMiddleware"/>
/// answered 401). WebSocket: the token in <c>connection_init</c>, since browsers cannot set headers
/// on a WebSocket; refusing returns null and the transport closes with 4403.
/// </summary>
public sealed class AuthenticatedRequestContextFactory : IGraphQLRequestContextFactory
{
    /// <summary>UserContext key: the <see cref="DateTimeOffset"/> the connection's token expires.</summary>
    public const string ExpiresAtKey = "innomed.auth.expiresAt";

    /// <summary>Same value as the schema's <c>ActorResolver.AllowAnonymousKey</c>; kept here so Security does not depend on Schema.</summary>
    public const string AllowAnonymousKey = "innomed.allowAnonymousAsSystem";

    private static readonly string[] TokenKeys = ["Authorization", "authorization", "token", "accessToken", "access_token"];
    private readonly InnomedAuthenticationSetup _setup;
    private readonly InnomedTokenValidator _validator;

    public AuthenticatedRequestContextFactory(InnomedAuthenticationSetup setup, InnomedTokenValidator validator)
    {
        _setup = setup;
        _validator = validator;
    }

    public ValueTask<GraphQLRequestContext> CreateForHttpAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return ValueTask.FromResult(Create(httpContext, httpContext.User, GraphQLTransportKind.Http));
    }

    public async ValueTask<GraphQLRequestContext?> CreateForWebSocketAsync(HttpContext httpContext, JsonElement? connectionInitPayload)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var token = ReadToken(connectionInitPayload, out var malformed);
        if (malformed)
        {
            return null;
        }

        if (token is null)
        {
            // Non-browser clients may authenticate the upgrade request itself with a header.
            if (httpContext.User.Identity?.IsAuthenticated == true)
            {
                return Create(httpContext, httpContext.User, GraphQLTransportKind.WebSocket);
            }

            return _setup.RequireAuthentication ? null : Create(httpContext, new ClaimsPrincipal(new ClaimsIdentity()), GraphQLTransportKind.WebSocket);
        }

        var principal = await _validator.ValidateAsync(token, httpContext.RequestAborted);
        return principal is null ? null : Create(httpContext, principal, GraphQLTransportKind.WebSocket);
    }

    /// <summary>
    /// The token from <c>{"Authorization":"Bearer …"}</c> (or the lower-case and <c>token</c> keys
    /// common clients send). A key present with a non-string value, or a non-Bearer scheme, is malformed.
    /// </summary>
    internal static string? ReadToken(JsonElement? payload, out bool malformed)
    {
        malformed = false;
        if (payload is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        foreach (var key in TokenKeys)
        {
            if (!value.TryGetProperty(key, out var property))
            {
                continue;
            }

            var text = property.ValueKind == JsonValueKind.String ? property.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(text) || text.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                malformed = true;
                return null;
            }

            var space = text.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                return text; // a bare token, as graphql-ws users often send it
            }

            if (!text[..space].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || text[(space + 1)..].Trim().Length == 0)
            {
                malformed = true;
                return null;
            }

            return text[(space + 1)..].Trim();
        }

        return null;
    }

    private GraphQLRequestContext Create(HttpContext httpContext, ClaimsPrincipal user, GraphQLTransportKind transport)
    {
        var userContext = new Dictionary<string, object?>();
        if (user.Identity?.IsAuthenticated == true)
        {
            if (InnomedPrincipalNormaliser.ExpiresAt(user) is { } expiresAt)
            {
                userContext[ExpiresAtKey] = expiresAt;
            }
        }
        else if (!_setup.RequireAuthentication)
        {
            // Only the unauthenticated caller acts as the system: a token with an unknown role must not.
            userContext[AllowAnonymousKey] = true;
        }

        return new GraphQLRequestContext { User = user, UserContext = userContext, HttpContext = httpContext, Transport = transport };
    }
}
