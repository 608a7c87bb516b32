using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>A minimal graphql-transport-ws client for tests: one socket, one subscription.</summary>
public sealed class GraphQLWsClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonObject> _messages = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;

    public static async Task<GraphQLWsClient> ConnectAsync(Uri httpBase, string? bearer = null)
    {
        var client = new GraphQLWsClient();
        client._socket.Options.AddSubProtocol("graphql-transport-ws");
        var uri = new UriBuilder(httpBase) { Scheme = httpBase.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        client._reader = client.ReadLoopAsync();
        await client.SendAsync(bearer is null
            ? new { type = "connection_init" }
            : new { type = "connection_init", payload = new { Authorization = "Bearer " + bearer } } as object);
        (await client.NextMessageAsync())["type"]!.GetValue<string>().ShouldBe("connection_ack");
        return client;
    }

    public Task SubscribeAsync(string id, string query, object variables) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next <c>next</c> payload's data, failing on anything else or on timeout.</summary>
    public async Task<JsonNode> NextDataAsync(TimeSpan? timeout = null)
    {
        var message = await NextMessageAsync(timeout);
        message["type"]!.GetValue<string>().ShouldBe("next", message.ToJsonString());
        return message["payload"]!["data"]!;
    }

    public async Task<JsonObject> NextMessageAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        return await _messages.Reader.ReadAsync(cts.Token);
    }

    /// <summary>True when no message arrives within the window (used to prove "no duplicate").</summary>
    public async Task<bool> IsQuietAsync(TimeSpan window)
    {
        using var cts = new CancellationTokenSource(window);
        try
        {
            await _messages.Reader.WaitToReadAsync(cts.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private async Task SendAsync(object message)
    {
        try
        {
            await _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException)
        {
            // Say how the server closed the socket, not just that it is closed.
            throw new InvalidOperationException(
                $"Send failed: socket {_socket.State}, close {_socket.CloseStatus} '{_socket.CloseStatusDescription}'", ex);
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                if (!result.EndOfMessage) continue;
                var message = JsonNode.Parse(text.ToString())!.AsObject();
                text.Clear();
                if (message["type"]?.GetValue<string>() == "ping") await SendAsync(new { type = "pong" });
                else _messages.Writer.TryWrite(message);
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested || _socket.State != WebSocketState.Open)
        {
        }
        finally
        {
            _messages.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }
        if (_reader is not null) await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        _socket.Dispose();
        _stop.Dispose();
    }
}
