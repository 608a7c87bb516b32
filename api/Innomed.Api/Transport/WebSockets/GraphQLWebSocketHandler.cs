using System.Net.WebSockets;
using GraphQL;
using Innomed.Api.Transport.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Transport.WebSockets;

/// <summary>Accepts WebSocket upgrades on the GraphQL path and runs one <see cref="GraphQLWsConnection"/> each.</summary>
internal sealed class GraphQLWebSocketHandler
{
    private readonly GraphQLTransportOptions _options;
    private readonly GraphQLOperationExecutor _executor;
    private readonly IGraphQLRequestContextFactory _contextFactory;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly GraphQLWsMessageWriter _messages;
    private readonly ILogger<GraphQLWebSocketHandler> _logger;

    public GraphQLWebSocketHandler(
        IOptions<GraphQLTransportOptions> options,
        GraphQLOperationExecutor executor,
        IGraphQLRequestContextFactory contextFactory,
        IServiceScopeFactory scopeFactory,
        IGraphQLTextSerializer serializer,
        ILogger<GraphQLWebSocketHandler> logger)
    {
        _options = options.Value;
        _executor = executor;
        _contextFactory = contextFactory;
        _scopeFactory = scopeFactory;
        _serializer = serializer;
        _messages = new GraphQLWsMessageWriter(serializer);
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWsCloseCodes.SubProtocol, StringComparer.Ordinal))
        {
            // As the graphql-ws reference: accept without a subprotocol, then close with 4406.
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(_options.WebSocketCloseTimeout);
            try
            {
                await refused.CloseAsync(GraphQLWsCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", timeout.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                refused.Abort();
            }

            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync(
            new WebSocketAcceptContext { SubProtocol = GraphQLWsCloseCodes.SubProtocol });
        var connection = new GraphQLWsConnection(
            socket, http, _options, _executor, _contextFactory, _scopeFactory, _messages, _serializer, _logger);
        await connection.RunAsync();
    }
}
