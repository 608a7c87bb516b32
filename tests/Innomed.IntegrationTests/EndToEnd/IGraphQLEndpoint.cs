using System.Text.Json.Nodes;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>Anything that serves Innomed's GraphQL: an in-process host or a separate gateway process.</summary>
public interface IGraphQLEndpoint
{
    Uri BaseAddress { get; }

    /// <summary>Posts an operation; returns the whole response document.</summary>
    Task<JsonObject> GraphQLAsync(string query, object? variables = null);

    /// <summary>Posts an operation that must succeed; returns <c>data</c>.</summary>
    Task<JsonNode> DataAsync(string query, object? variables = null);
}
