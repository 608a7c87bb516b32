using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Innomed.Api.Tests.Transport;

/// <summary>A raw graphql-transport-ws client over ClientWebSocket, to see every frame and close code.</summary>
internal sealed class GraphQLWsTestClient : IDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();

    public WebSocket Socket => _socket;

    public async Task ConnectAsync(Uri uri, string? subProtocol)
    {
        if (subProtocol is not null)
        {
            _socket.Options.AddSubProtocol(subProtocol);
        }

        await _socket.ConnectAsync(uri, CancellationToken.None);
    }

    public Task SendAsync(string json) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendAsync(object message) => SendAsync(JsonSerializer.Serialize(message));

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public async Task InitAsync()
    {
        await SendAsync("""{"type":"connection_init"}""");
        var ack = await ReceiveAsync();
        ack.GetProperty("type").GetString().ShouldBe("connection_ack");
    }

    /// <summary>Next message; fails if the socket closes first.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? timeout = null)
    {
        var message = await TryReceiveAsync(timeout ?? DefaultTimeout);
        message.ShouldNotBeNull($"socket closed: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
        return message.Value;
    }

    /// <summary>Reads until the server closes; returns the close code and reason.</summary>
    public async Task<(int Code, string? Reason)> WaitForCloseAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellation.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return ((int)_socket.CloseStatus!.Value, _socket.CloseStatusDescription);
            }
        }
    }

    public async Task<JsonElement?> TryReceiveAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        using var stream = new MemoryStream();
        var buffer = new byte[16 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cancellation.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            stream.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    public void Dispose() => _socket.Dispose();
}
