using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Innomed.Api.Security.Authentication.DevSignIn;

/// <summary>
/// <c>GET /auth/dev/users</c> (the sign-in picker) and <c>POST /auth/dev/sign-in</c> with
/// <c>{"userId":"…"}</c>. Only mapped when <see cref="InnomedAuthenticationSetup.DevSignInEnabled"/>:
/// in any other configuration the routes do not exist (404), rather than existing and refusing.
/// </summary>
internal static class DevSignInEndpoints
{
    public const string Prefix = "/auth/dev";
    private const long MaxBodyBytes = 4 * 1024;

    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).AllowAnonymous().ExcludeFromDescription();
        group.MapGet("users", (IDevUserDirectory directory) => Results.Ok(directory.Users.Select(View)));
        group.MapPost("sign-in", SignInAsync);
        return group;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IDevUserDirectory directory, DevTokenIssuer issuer)
    {
        if (!http.Request.HasJsonContentType())
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "Send application/json.");
        }

        if (http.Request.ContentLength is > MaxBodyBytes)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", "Request body too large.");
        }

        var body = await ReadBoundedAsync(http.Request.Body, http.RequestAborted);
        if (body is null)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", "Request body too large.");
        }

        string? userId;
        try
        {
            using var document = JsonDocument.Parse(body);
            userId = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("userId", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return Error(StatusCodes.Status400BadRequest, "BAD_REQUEST", "Malformed JSON.");
        }

        var user = directory.Users.FirstOrDefault(candidate => candidate.Id == userId);
        if (user is null)
        {
            return Error(StatusCodes.Status400BadRequest, "UNKNOWN_USER", "No demo user has this id; see GET /auth/dev/users.");
        }

        var (token, expiresAt) = issuer.Issue(user);
        return Results.Ok(new
        {
            accessToken = token,
            tokenType = "Bearer",
            expiresIn = (int)DevTokenIssuer.Lifetime.TotalSeconds,
            expiresAt,
            user = View(user),
        });
    }

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>: chunked bodies carry no length to check up front.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > MaxBodyBytes ? null : buffer[..length];
    }

    private static object View(DevUser user) =>
        new { id = user.Id, name = user.Name, role = user.Role, unitId = user.UnitId, territoryId = user.TerritoryId };

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = code, message }, statusCode: status);
}
