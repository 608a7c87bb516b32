using GraphQL;
using Innomed.Api.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Audit;

/// <summary>
/// Transport and request id of the current execution. Scoped: both transports run each
/// operation in its own scope (HTTP request services, one scope per WebSocket operation), and
/// <see cref="Capture"/> fills it from <see cref="GraphQLTransportOptions.ConfigureExecution"/>.
/// </summary>
public sealed class AuditRequestInfo
{
    public string Transport { get; private set; } = "UNKNOWN";

    public string? RequestId { get; private set; }

    internal static void Capture(ExecutionOptions options, GraphQLRequestContext request)
    {
        if (options.RequestServices?.GetService<AuditRequestInfo>() is not { } info) return;
        info.Transport = request.Transport == GraphQLTransportKind.WebSocket ? "WEBSOCKET" : "HTTP";
        // For a WebSocket this is the upgrade request: it identifies the connection.
        info.RequestId = request.HttpContext.TraceIdentifier is { Length: > 0 } id ? Clip(id, 128) : null;
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}
