using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>A WebSocket that sends whatever it is told and reports what came back: a message or the close code.</summary>
public sealed class RawSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    private RawSocket()
    {
    }

    public static async Task<RawSocket> ConnectAsync(Uri httpBase, string? subProtocol = "graphql-transport-ws")
    {
        var raw = new RawSocket();
        if (subProtocol is not null) raw._socket.Options.AddSubProtocol(subProtocol);
        await raw._socket.ConnectAsync(new UriBuilder(httpBase) { Scheme = "ws", Path = "/graphql" }.Uri, CancellationToken.None);
        return raw;
    }

    /// <summary>The HTTP status of a refused upgrade (429, …), or 101 when it was accepted.</summary>
    public static async Task<int> TryUpgradeAsync(Uri httpBase, List<ClientWebSocket> keep)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            await socket.ConnectAsync(new UriBuilder(httpBase) { Scheme = "ws", Path = "/graphql" }.Uri, CancellationToken.None);
            lock (keep) keep.Add(socket);
            return 101;
        }
        catch (WebSocketException)
        {
            var status = (int)socket.HttpStatusCode;
            socket.Dispose();
            return status;
        }
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendBytesAsync(byte[] bytes, WebSocketMessageType type = WebSocketMessageType.Binary) =>
        _socket.SendAsync(bytes, type, true, CancellationToken.None);

    public async Task InitAsync(string? token)
    {
        await SendAsync(token is null ? new { type = "connection_init" } : new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        (await NextAsync()).ShouldBe("connection_ack");
    }

    /// <summary>"close NNNN", or the next message's type, with its first error code: "error FORBIDDEN", "next", …</summary>
    public async Task<string> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var buffer = new byte[256 * 1024];
        var length = 0;
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(length), cts.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return $"close {(int)_socket.CloseStatus!.Value}";
                }

                length += result.Count;
                if (result.EndOfMessage) break;
            }
        }
        catch (WebSocketException)
        {
            return _socket.CloseStatus is { } status ? $"close {(int)status}" : "aborted";
        }

        var message = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, length))!;
        var type = message["type"]!.GetValue<string>();
        var code = type switch
        {
            "error" => message["payload"]?[0]?["extensions"]?["code"]?.GetValue<string>(),
            "next" => message["payload"]?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>(),
            _ => null,
        };
        return code is null ? type : $"{type} {code}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", cts.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
    }
}
