using System.Net.WebSockets;
using System.Text;

namespace Innomed.LoadGenerator;

/// <summary>
/// The bare broadcast ceiling's server (<see cref="Baselines.BareBroadcastAsync"/>): answers
/// graphql-transport-ws's handshake, keeps every subscribed socket, and on <c>POST /publish/{version}</c>
/// sends one prebuilt <c>next</c> frame to each of them, one sender per core as the gateway's pumps.
/// Prints its address on the first line of its output and stops when its input closes.
/// </summary>
public static class BareBroadcastServer
{
    public const string Argument = "--bare-broadcast-server";

    public static async Task ServeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        var listening = new List<WebSocket>();
        app.UseWebSockets();
        app.Map("/graphql", async (HttpContext http) =>
        {
            if (!http.WebSockets.IsWebSocketRequest) return Results.BadRequest();
            using var socket = await http.WebSockets.AcceptWebSocketAsync("graphql-transport-ws");
            var buffer = new byte[4096];
            var messages = 0;
            try
            {
                while (true)
                {
                    var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (received.MessageType == WebSocketMessageType.Close) break;
                    if (!received.EndOfMessage) continue;
                    if (++messages == 1) await socket.SendAsync("""{"type":"connection_ack"}"""u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
                    else if (messages == 2) lock (listening) listening.Add(socket); // the subscribe message
                }
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException)
            {
                // the probe aborts its sockets
            }
            lock (listening) listening.Remove(socket);
            return Results.Empty;
        });
        app.MapPost("/publish/{version:int}", (int version) =>
        {
            var frame = Encoding.UTF8.GetBytes("""{"id":"1","type":"next","payload":{"data":{"journeyUpdated":{"version":""" + version
                + ""","type":"STEP_STATUS_CHANGED"}}}}""");
            WebSocket[] sockets;
            lock (listening) sockets = listening.ToArray();
            var chunk = (sockets.Length + Environment.ProcessorCount - 1) / Environment.ProcessorCount;
            foreach (var part in sockets.Chunk(Math.Max(1, chunk)))
            {
                _ = Task.Run(async () =>
                {
                    foreach (var socket in part)
                    {
                        try
                        {
                            await socket.SendAsync(frame, WebSocketMessageType.Text, true, CancellationToken.None);
                        }
                        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
                        {
                            // a socket the probe already closed
                        }
                    }
                });
            }
            return Results.Accepted();
        });
        await app.StartAsync();
        Console.WriteLine(app.Urls.First());
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
    }
}
