using System.Text.Json;
using Innomed.Api.Transport.Execution;

namespace Innomed.Api.Transport.WebSockets;

/// <summary>A validated client message. <see cref="Payload"/> is cloned, so it outlives the receive buffer.</summary>
internal readonly record struct GraphQLWsIncomingMessage(string Type, string? Id, JsonElement? Payload, GraphQLRequestParams? Request);
