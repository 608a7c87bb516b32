using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Innomed.Api.Transport;

/// <summary>
/// Who is asking, as decided once per HTTP request or once per WebSocket connection.
/// Its <see cref="User"/> and <see cref="UserContext"/> go into every <c>ExecutionOptions</c>.
/// </summary>
public sealed class GraphQLRequestContext
{
    /// <summary>The caller; anonymous unless an authentication step says otherwise.</summary>
    public required ClaimsPrincipal User { get; init; }

    /// <summary>
    /// Values for resolvers and validation rules. For a WebSocket it is shared by all operations
    /// of the connection, which may run concurrently: store immutable values.
    /// </summary>
    public IDictionary<string, object?> UserContext { get; init; } = new Dictionary<string, object?>();

    /// <summary>The HTTP request, or the WebSocket upgrade request.</summary>
    public required HttpContext HttpContext { get; init; }

    /// <summary>The transport carrying the operations.</summary>
    public required GraphQLTransportKind Transport { get; init; }
}
