using Innomed.Api.Security.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Security.Hardening;

/// <summary>
/// Decides the rate-limit partition before the limiter runs. It authenticates the request itself
/// (the handlers cache their result per request, so UseAuthentication later pays nothing more), which
/// keeps the limiter correct wherever it sits relative to UseInnomedAuthentication. A token that fails
/// validation counts against the address: a forged subject must not drain someone else's bucket.
/// </summary>
internal sealed class CallerPartitionMiddleware
{
    private readonly RequestDelegate _next;
    private readonly IAuthenticationSchemeProvider? _schemes;

    public CallerPartitionMiddleware(RequestDelegate next, IAuthenticationSchemeProvider? schemes = null)
    {
        _next = next;
        _schemes = schemes;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var partition = CallerPartition.ForAddress(context.Connection.RemoteIpAddress);
        if (context.User.FindFirst(InnomedClaimTypes.Subject)?.Value is { Length: > 0 } known)
        {
            partition = CallerPartition.ForUser(known);
        }
        else if (_schemes is not null
            && context.Request.Headers.Authorization.Count > 0
            && await _schemes.GetDefaultAuthenticateSchemeAsync() is not null)
        {
            var result = await context.AuthenticateAsync();
            if (result.Succeeded && result.Principal.FindFirst(InnomedClaimTypes.Subject)?.Value is { Length: > 0 } subject)
            {
                partition = CallerPartition.ForUser(subject);
            }
        }

        CallerPartition.Store(context, partition);
        await _next(context);
    }
}
