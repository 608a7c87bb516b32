using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>A plain GraphQL-over-HTTP client, as any standard client would post.</summary>
public sealed class GraphQLHttp(Uri baseAddress, string? bearer = null) : IGraphQLEndpoint, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseAddress => baseAddress;

    public async Task<JsonObject> GraphQLAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (bearer is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body)?.AsObject() ?? throw new InvalidOperationException($"Empty response ({response.StatusCode})");
    }

    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var result = await GraphQLAsync(query, variables);
        if (result["errors"] is JsonArray errors) throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        return result["data"]!;
    }

    /// <summary>A development sign-in (embedded run only); returns the access token.</summary>
    public async Task<string> SignInAsync(string userId)
    {
        using var response = await _http.PostAsJsonAsync("/auth/dev/sign-in", new { userId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    public async Task<bool> IsReadyAsync()
    {
        try
        {
            using var response = await _http.GetAsync("/health/ready");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public void Dispose() => _http.Dispose();
}
