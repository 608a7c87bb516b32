using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using Innomed.Api.Security.Hardening;
using Innomed.Api.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Tests.Hardening;

/// <summary>graphql-dotnet with the limited parser and <see cref="ExecutionLimits"/>, over a small recursive schema.</summary>
internal sealed class LimitsHarness
{
    private static readonly ISchema Schema = GraphQL.Types.Schema.For("""
        type Query { a: Int, node: Node, nodes(first: Int): [Node], echo(text: String, items: [String]): String }
        type Node { id: ID, child: Node, children(first: Int): [Node] }
        """);

    private readonly DocumentExecuter _executer;
    private readonly ExecutionLimits _limits;

    public LimitsHarness(InnomedLimitsOptions? limits = null, bool allowIntrospection = true, InnomedRateLimitOptions? rateLimits = null)
    {
        Limits = limits ?? new InnomedLimitsOptions();
        _executer = new DocumentExecuter(new LimitedDocumentBuilder(Limits), new DocumentValidator(), new DefaultExecutionStrategySelector(), []);
        _limits = new ExecutionLimits(Options.Create(Limits), Options.Create(rateLimits ?? new InnomedRateLimitOptions()), TimeProvider.System, allowIntrospection);
    }

    public InnomedLimitsOptions Limits { get; }

    public static readonly GraphQLSerializer Serializer = new();

    /// <summary>The first error code, or null when the operation ran cleanly.</summary>
    public async Task<string?> CodeAsync(string query, Inputs? variables = null, GraphQLRequestContext? context = null)
    {
        var result = await RunAsync(query, variables, context);
        return result.Errors is { Count: > 0 } errors ? errors[0].Code : null;
    }

    public Task<ExecutionResult> RunAsync(string query, Inputs? variables = null, GraphQLRequestContext? context = null)
    {
        // Documents with several operations run the one named "q", as a client would choose it.
        var options = new ExecutionOptions { Schema = Schema, Query = query, Variables = variables, ThrowOnUnhandledException = true, OperationName = query.Contains("query q ", StringComparison.Ordinal) ? "q" : null };
        _limits.Apply(options, context ?? Context(GraphQLTransportKind.Http));
        return _executer.ExecuteAsync(options);
    }

    /// <summary>As the gateway runs a document its cache already validated: the parsed document, and only the cached-document rules.</summary>
    public async Task<string?> CachedCodeAsync(string query, Inputs? variables = null)
    {
        var first = await RunAsync(query);
        first.Executed.ShouldBeTrue("a document is cached only once it passed every rule");
        var options = new ExecutionOptions { Schema = Schema, Query = query, Variables = variables, ThrowOnUnhandledException = true };
        _limits.Apply(options, Context(GraphQLTransportKind.Http));
        options.Document = first.Document;
        options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        var result = await _executer.ExecuteAsync(options);
        return result.Errors is { Count: > 0 } errors ? errors[0].Code : null;
    }

    public static GraphQLRequestContext Context(GraphQLTransportKind transport) =>
        new() { User = new System.Security.Claims.ClaimsPrincipal(), HttpContext = new DefaultHttpContext(), Transport = transport };

    public static Inputs Variables(object value) => Serializer.Deserialize<Inputs>(System.Text.Json.JsonSerializer.Serialize(value))!;
}
