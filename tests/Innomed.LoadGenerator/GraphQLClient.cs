using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Innomed.LoadGenerator;

/// <summary>GraphQL over HTTP POST with a bearer token; every call timed into <see cref="Latencies"/> under its name.</summary>
public sealed class GraphQLClient(HttpClient http, Latencies latencies)
{
    public async Task<JsonNode?> SendAsync(string name, string token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode || body?["errors"] is not null)
            {
                latencies.Error(name);
                return null;
            }
            latencies.Add(name, ms);
            return body!["data"];
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            latencies.Error(name);
            return null;
        }
    }
}
