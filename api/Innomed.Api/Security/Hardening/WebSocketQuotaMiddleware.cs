using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
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
        if (!_options.Enabled || !context.WebSockets.IsWebSocketRequest)
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

    private void Release(string key)
    {
        // Remove the entry at zero so the dictionary holds only callers with open sockets.
        if (_open.AddOrUpdate(key, 0, (_, n) => n - 1) <= 0)
        {
            _open.TryRemove(new KeyValuePair<string, int>(key, 0));
        }
    }
}
