namespace Innomed.Api.Transport;

/// <summary>Which transport carried a GraphQL operation.</summary>
public enum GraphQLTransportKind
{
    /// <summary>GraphQL over HTTP (GET or POST).</summary>
    Http,

    /// <summary>GraphQL over WebSocket, <c>graphql-transport-ws</c> subprotocol.</summary>
    WebSocket,
}
