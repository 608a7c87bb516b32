using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Innomed.Api.Schema;

namespace Innomed.Api.Transport.Execution;

/// <summary>Runs one operation for either transport, so both get the same options, rules and error hiding.</summary>
internal sealed class GraphQLOperationExecutor
{
    private static readonly Meter Meter = new(WebSockets.SubscriptionGauge.MeterName);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("innomed.graphql.operation.duration", "ms",
        "GraphQL operations from parse to result, by type, outcome and transport.");

    private readonly IDocumentExecuter _executer;
    private readonly GraphQLTransportOptions _options;
    private readonly ILogger<GraphQLOperationExecutor> _logger;
    private readonly Func<UnhandledExceptionContext, Task> _onUnhandled;
    private readonly ValidatedDocumentCache _documents;

    public GraphQLOperationExecutor(
        IDocumentExecuter executer,
        IOptions<GraphQLTransportOptions> options,
        ILogger<GraphQLOperationExecutor> logger)
    {
        _executer = executer;
        _options = options.Value;
        _logger = logger;
        _onUnhandled = HideUnhandledException;
        _documents = new ValidatedDocumentCache(_options.DocumentCacheSize);
    }

    // httpRule: the HTTP restriction, or null for the WebSocket (everything allowed).
    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLRequestParams request,
        GraphQLRequestContext context,
        IServiceProvider requestServices,
        HttpOperationRule? httpRule,
        CancellationToken cancellationToken)
    {
        var options = new ExecutionOptions
        {
            // Resolved per request so a scoped schema would work too; a singleton costs a lookup.
            Schema = requestServices.GetRequiredService<ISchema>(),
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = context.User,
            UserContext = context.UserContext,
            RequestServices = requestServices,
            CancellationToken = cancellationToken,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = _onUnhandled,
        };
        if (httpRule is not null)
        {
            options.ValidationRules = DocumentValidator.CoreRules.Append(httpRule);
            options.CachedDocumentValidationRules = [httpRule];
        }

        _options.ConfigureExecution?.Invoke(options, context);
        var cached = request.Query is { } query ? _documents.Get(query) : null;
        if (cached is not null)
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }
        var started = Stopwatch.GetTimestamp();
        var result = await _executer.ExecuteAsync(options);
        // Executed means every validation rule passed: only such documents are reused.
        if (cached is null && result.Executed && result.Document is { } parsed && request.Query is { } text) _documents.Add(text, parsed);
        // Subscriptions are timed to their setup; their events are not operations.
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            new KeyValuePair<string, object?>("operation", result.Operation?.Operation.ToString().ToLowerInvariant() ?? "invalid"),
            new KeyValuePair<string, object?>("outcome", result.Errors is { Count: > 0 } ? "error" : "ok"),
            new KeyValuePair<string, object?>("transport", httpRule is null ? "ws" : "http"));
        return result;
    }

    private Task HideUnhandledException(UnhandledExceptionContext context)
    {
        if (context.OriginalException is OperationCanceledException && context.ExecutionOptions.CancellationToken.IsCancellationRequested)
        {
            return Task.CompletedTask;
        }
        // Known errors raised outside field resolvers (e.g. while setting up a stream).
        if (DomainErrorMiddleware.Known(context.OriginalException) is { } known)
        {
            context.Exception = known;
            return Task.CompletedTask;
        }

        _logger.LogError(
            context.OriginalException,
            "Unhandled exception in GraphQL operation {OperationName} at {Path}",
            context.ExecutionOptions.OperationName,
            context.FieldContext is null ? null : string.Join('.', context.FieldContext.Path));
        context.Exception = new InternalException();
        return Task.CompletedTask;
    }
}
