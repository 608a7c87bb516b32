using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>What came back: status, the first error code (if any), the raw body and the headers.</summary>
public sealed record HttpOutcome(HttpStatusCode Status, string? Code, string Body, HttpResponseHeaders Headers, HttpContentHeaders? ContentHeaders)
{
    public override string ToString() => $"{(int)Status} {Code ?? "-"}: {(Body.Length > 400 ? Body[..400] + "…" : Body)}";
}

/// <summary>Raw HTTP against the host: any body, any content type, any header, nothing "fixed" for us.</summary>
public sealed class HostileHttp(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public Uri BaseAddress => baseAddress;

    public HttpClient Client => _http;

    public async Task<string> SignInAsync(string userId)
    {
        using var response = await _http.PostAsJsonAsync("/auth/dev/sign-in", new { userId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    /// <summary>POSTs a raw body to /graphql.</summary>
    public Task<HttpOutcome> PostRawAsync(string body, string? token = null, string contentType = "application/json", string? accept = "application/graphql-response+json") =>
        SendAsync(HttpMethod.Post, "/graphql", new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)), token, accept);

    /// <summary>POSTs { query, variables } as a standard client would, asking for application/graphql-response+json.</summary>
    public Task<HttpOutcome> PostAsync(string query, object? variables = null, string? token = null) =>
        PostRawAsync(JsonSerializer.Serialize(new { query, variables }), token);

    public async Task<HttpOutcome> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? token = null, string? accept = null, Action<HttpRequestMessage>? tweak = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        tweak?.Invoke(request);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new HttpOutcome(response.StatusCode, FirstCode(text), text, response.Headers, response.Content.Headers);
    }

    public static string? FirstCode(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject { } root && root["errors"] is JsonArray { Count: > 0 } errors
                ? errors[0]?["extensions"]?["code"]?.GetValue<string>()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _http.Dispose();
}
