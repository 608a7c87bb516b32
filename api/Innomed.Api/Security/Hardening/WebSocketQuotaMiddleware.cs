using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Security.Hardening;

/// <summary>
/// Caps the WebSockets one caller holds open. The upgrade request lasts as long as its socket, so
/// the count is taken when it arrives and given back when the pipeline returns.
/// </summary>
internal sealed class WebSocketQuotaMiddleware
{
    private readonly RequestDelegate _next;
    private readonly InnomedRateLimitOptions _options;
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    public WebSocketQuotaMiddleware(RequestDelegate next, IOptions<InnomedRateLimitOptions> options)
    {
        _next = next;
        _options = options.Value;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (!_options.Enabled || !IsWebSocketUpgrade(context))
        {
            await _next(context);
            return;
        }

        var caller = CallerPartition.Of(context);
        var limit = caller.IsUser ? _options.MaxWebSocketsPerUser : _options.MaxWebSocketsPerAddress;
        if (_open.AddOrUpdate(caller.Key, 1, (_, n) => n + 1) > limit)
        {
            Release(caller.Key);
            await RateLimitedResponse.WriteAsync(context, lease: null, context.RequestAborted);
            return;
        }

        try
        {
            await _next(context);
        }
        finally
        {
            Release(caller.Key);
        }
    }

    /// <summary>
    /// From the request itself: <c>context.WebSockets.IsWebSocketRequest</c> is only true once UseWebSockets
    /// has run, which is later in the pipeline (inside MapInnomedGateway).
    /// </summary>
    internal static bool IsWebSocketUpgrade(HttpContext context)
    {
        if (context.Features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true } connect)
        {
            return string.Equals(connect.Protocol, "websocket", StringComparison.OrdinalIgnoreCase); // HTTP/2
        }

        return HttpMethods.IsGet(context.Request.Method)
            && context.Request.Headers.Upgrade.Any(u => string.Equals(u, "websocket", StringComparison.OrdinalIgnoreCase));
    }

    private void Release(string key)
    {
        // Remove the entry at zero so the dictionary holds only callers with open sockets.
        if (_open.AddOrUpdate(key, 0, (_, n) => n - 1) <= 0)
        {
            _open.TryRemove(new KeyValuePair<string, int>(key, 0));
        }
    }
}
