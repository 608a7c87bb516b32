using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>A plain GraphQL-over-HTTP client, as any standard client would post.</summary>
public sealed class GraphQLHttp(Uri baseAddress) : IGraphQLEndpoint, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseAddress => baseAddress;

    public async Task<JsonObject> GraphQLAsync(string query, object? variables = null)
    {
        using var response = await _http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body)?.AsObject() ?? throw new InvalidOperationException($"Empty response ({response.StatusCode})");
    }

    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var result = await GraphQLAsync(query, variables);
        if (result["errors"] is JsonArray errors) throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        return result["data"]!;
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
