using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.Security;

/// <summary>Plain HTTP and WebSocket calls against a running host, with or without a bearer token.</summary>
internal sealed class AuthHttp(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public HttpClient Client => _http;

    public async Task<(HttpStatusCode Status, JsonObject? Body)> GraphQLAsync(string query, string? token = null, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text)?.AsObject());
    }

    public async Task<string> SignInAsync(string userId)
    {
        using var response = await _http.PostAsJsonAsync("/auth/dev/sign-in", new { userId });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Opens a graphql-transport-ws socket, sends connection_init, returns the first message type or the close code.</summary>
    public async Task<string> ConnectionInitAsync(object? payload)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(_http.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri, CancellationToken.None);
        var init = JsonSerializer.SerializeToUtf8Bytes(new { type = "connection_init", payload });
        await socket.SendAsync(init, WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[16 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close
            ? $"close {(int)socket.CloseStatus!.Value}"
            : JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!["type"]!.GetValue<string>();
    }

    public static string? ErrorCode(JsonObject? body) =>
        body?["errors"] is JsonArray { Count: > 0 } errors ? errors[0]?["extensions"]?["code"]?.GetValue<string>() : null;

    public void Dispose() => _http.Dispose();
}
