using System.Net.WebSockets;

namespace Innomed.Api.Transport.WebSockets;

/// <summary>Close codes of the graphql-transport-ws protocol (graphql-ws PROTOCOL.md), plus the standard ones we use.</summary>
internal static class GraphQLWsCloseCodes
{
    public const WebSocketCloseStatus BadRequest = (WebSocketCloseStatus)4400;
    public const WebSocketCloseStatus Unauthorized = (WebSocketCloseStatus)4401;
    public const WebSocketCloseStatus Forbidden = (WebSocketCloseStatus)4403;
    public const WebSocketCloseStatus SubprotocolNotAcceptable = (WebSocketCloseStatus)4406;
    public const WebSocketCloseStatus ConnectionInitialisationTimeout = (WebSocketCloseStatus)4408;
    public const WebSocketCloseStatus SubscriberAlreadyExists = (WebSocketCloseStatus)4409;
    public const WebSocketCloseStatus TooManyInitialisationRequests = (WebSocketCloseStatus)4429;
    public const WebSocketCloseStatus InternalServerError = (WebSocketCloseStatus)4500;

    /// <summary>
    /// A client too slow to drain its send buffer. 1008 rather than 4500 because graphql-ws clients treat
    /// 4500 as fatal and 1008 as retryable: reconnecting and resubscribing is the right reaction.
    /// </summary>
    public const WebSocketCloseStatus SlowConsumer = WebSocketCloseStatus.PolicyViolation;

    public const string SubProtocol = "graphql-transport-ws";
}
