using GraphQL;

namespace Innomed.Api.Transport;

/// <summary>Settings of the GraphQL HTTP and WebSocket transports.</summary>
public sealed class GraphQLTransportOptions
{
    /// <summary>Largest accepted HTTP request body; larger bodies get 413. Default 64 KiB.</summary>
    public long MaxRequestBodySize { get; set; } = 64 * 1024;

    /// <summary>Whether queries may be sent with GET (mutations over GET always get 405).</summary>
    public bool EnableGet { get; set; } = true;

    /// <summary>Whether browsers asking for HTML get the GraphiQL IDE.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>
    /// Folder holding the built GraphiQL files (index.html, assets/). Null means
    /// <c>{WebRootPath}/graphiql</c>, then <c>{AppContext.BaseDirectory}/wwwroot/graphiql</c>.
    /// </summary>
    public string? IdeAssetsPath { get; set; }

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> (closed with 4408). Default 3 s.</summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Largest accepted incoming WebSocket message; larger ones close the socket with 1009. Default 64 KiB.</summary>
    public int MaxWebSocketMessageSize { get; set; } = 64 * 1024;

    /// <summary>
    /// Outgoing messages buffered per socket. When a slow client lets the buffer fill up, the socket is
    /// closed with 1008 (policy violation) and its subscriptions are freed, so event sources never wait on it.
    /// </summary>
    public int WebSocketSendBufferCapacity { get; set; } = 1024;

    /// <summary>How long a closing socket may take to flush its close frame before it is aborted. Default 2 s.</summary>
    public TimeSpan WebSocketCloseTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Total length (characters) of the query texts whose parsed and validated documents are kept for
    /// reuse; 0 turns the cache off. Default 1,000,000 (a few MB of syntax trees).
    /// </summary>
    public long DocumentCacheSize { get; set; } = 1_000_000;

    /// <summary>Concurrent operations one socket may run; further subscribe messages get an <c>error</c> message.</summary>
    public int MaxOperationsPerConnection { get; set; } = 200;

    /// <summary>
    /// Re-checks an acknowledged WebSocket connection every <see cref="ConnectionValidationInterval"/>
    /// (for instance token expiry). Returning false closes the socket with 4403 Forbidden.
    /// </summary>
    public Func<GraphQLRequestContext, CancellationToken, ValueTask<bool>>? ConnectionValidator { get; set; }

    /// <summary>Period of <see cref="ConnectionValidator"/>. Default 30 s.</summary>
    public TimeSpan ConnectionValidationInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Last word on every execution (HTTP request or WebSocket operation): add validation rules,
    /// complexity limits, listeners. Runs after the transport has filled the options.
    /// </summary>
    public Action<ExecutionOptions, GraphQLRequestContext>? ConfigureExecution { get; set; }
}
