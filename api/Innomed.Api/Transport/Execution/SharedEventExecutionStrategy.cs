using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Innomed.Api.Transport.Execution;

/// <summary>
/// Executes a subscription's selection once per published change for all the subscriptions that
/// would compute the same result: the same parsed document (the gateway's document cache hands out
/// one instance per query text), operation, field, variables and caller (claims, minus the token's
/// timestamps). Their sockets then share the result and its serialised bytes. Without it, one change
/// to a journey with thousands of subscribers ran the selection, its access checks and the JSON
/// writer thousands of times. Different callers never share: what a caller may see is decided
/// per caller. Events that are not <see cref="ISharedEvent"/> run as usual. A subscriber whose
/// result is already computed gets it inline (<see cref="OrderedResponseStream"/>).
/// </summary>
public sealed class SharedEventExecutionStrategy : SubscriptionExecutionStrategy
{
    private static readonly HashSet<string> TokenTimestamps = ["exp", "iat", "nbf", "jti", "auth_time"];
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<ShareKey, Lazy<Task<ExecutionResult>>>> _executions = new();
    private readonly ConditionalWeakTable<ClaimsPrincipal, string> _callerKeys = new();

    public SharedEventExecutionStrategy() : base(new ParallelExecutionStrategy()) { }

    /// <summary>
    /// Resolves the source stream (access checks and audit run here, once per subscriber) and maps its
    /// events with <see cref="OrderedResponseStream"/> rather than graphql-dotnet's per-event pipeline.
    /// Errors are reported as the base strategy reports them.
    /// </summary>
    protected override async Task<IObservable<ExecutionResult>?> ResolveResponseStreamAsync(ExecutionContext context, ExecutionNode node)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        IObservable<object?> source;
        try
        {
            var resolver = node.FieldDefinition?.StreamResolver
                ?? throw new InvalidOperationException($"Stream resolver not set for field '{node.Field.Name}'.");
            source = await resolver.ResolveAsync(new ReadonlyResolveFieldContext(node, context)).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"No event stream returned for field '{node.Field.Name}'.");
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            context.Errors.Add(await ToErrorAsync(context, node, exception, $"Could not resolve source stream for field '{node.Field.Name}'.").ConfigureAwait(false));
            return null;
        }

        var preserved = CloneExecutionContext(context, default);
        var share = ShareKeyOf(preserved, node);
        return new OrderedResponseStream(source,
            (value, token) => ResultAsync(preserved, node, value, share, token),
            async (exception, token) =>
            {
                using var child = CloneExecutionContext(preserved, token);
                return await ProcessErrorAsync(child, node, exception).ConfigureAwait(false);
            });
    }

    /// <summary>A live change's result, executed by its first subscriber in the group, handed to the others as is.</summary>
    private Task<ExecutionResult> ResultAsync(ExecutionContext preserved, ExecutionNode node, object? value, ShareKey? share, CancellationToken token)
    {
        if (share is not { } key || value is not ISharedEvent shared) return ExecuteAsync(preserved, node, value, token);
        var results = _executions.GetValue(shared.Change, _ => new ConcurrentDictionary<ShareKey, Lazy<Task<ExecutionResult>>>());
        return results.TryGetValue(key, out var execution) ? execution.Value : FirstResult(results, key, preserved, node, value);
    }

    // Apart, so that the closure is only allocated by the first subscriber, not by each of them.
    private Task<ExecutionResult> FirstResult(ConcurrentDictionary<ShareKey, Lazy<Task<ExecutionResult>>> results, ShareKey key,
        ExecutionContext preserved, ExecutionNode node, object? value) =>
        // Run for everyone: one subscriber leaving must not cancel the others' result.
        results.GetOrAdd(key, _ => new Lazy<Task<ExecutionResult>>(() => ExecuteAsync(preserved, node, value, CancellationToken.None))).Value;

    private async Task<ExecutionResult> ExecuteAsync(ExecutionContext preserved, ExecutionNode node, object? value, CancellationToken token)
    {
        // A context per execution, as graphql-dotnet does: errors and leased arrays are per execution.
        using var child = CloneExecutionContext(preserved, token);
        return await ProcessDataAsync(child, node, value).ConfigureAwait(false);
    }

    private async Task<ExecutionError> ToErrorAsync(ExecutionContext context, ExecutionNode node, Exception exception, string message)
    {
        var error = exception as ExecutionError ?? await HandleExceptionAsync(context, node, exception, message).ConfigureAwait(false);
        error.Path = node.ResponsePath;
        error.AddLocation(node.Field, context.Document);
        return error;
    }

    /// <summary>What decides a result, once per subscription; null when it cannot be told (never shared).</summary>
    private ShareKey? ShareKeyOf(ExecutionContext context, ExecutionNode node)
    {
        var variables = context.Variables is { } v ? VariablesKey(v) : "";
        if (variables is null) return null;
        var caller = context.User is { } user ? _callerKeys.GetValue(user, CallerKey) : "";
        return new ShareKey(context.Document, context.Operation, node.Name ?? "", variables, caller);
    }

    /// <summary>The variables as JSON; null (do not share) when a value does not serialise.</summary>
    private static string? VariablesKey(Variables variables)
    {
        if (!variables.Any()) return "";
        try
        {
            return JsonSerializer.Serialize(variables.Select(v => new KeyValuePair<string, object?>(v.Name, v.Value)));
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static string CallerKey(ClaimsPrincipal user) =>
        string.Join('\n', user.Claims
            .Where(c => !TokenTimestamps.Contains(c.Type))
            .Select(c => $"{c.Type}={c.Value}")
            .Order(StringComparer.Ordinal));

    private sealed record ShareKey(GraphQLDocument Document, GraphQLOperationDefinition Operation, string Field, string Variables, string Caller)
    {
        // Looked up by every subscriber at every change: the strings (the caller's claims) are hashed once per subscription.
        private readonly int _hash = HashCode.Combine(Document, Operation, Field, Variables, Caller);

        public override int GetHashCode() => _hash;
    }
}
