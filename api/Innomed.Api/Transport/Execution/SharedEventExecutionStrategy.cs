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
/// per caller. Events that are not <see cref="ISharedEvent"/> run as usual.
/// </summary>
public sealed class SharedEventExecutionStrategy : SubscriptionExecutionStrategy
{
    private static readonly HashSet<string> TokenTimestamps = ["exp", "iat", "nbf", "jti", "auth_time"];
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<ShareKey, Lazy<Task<ExecutionResult>>>> _executions = new();
    // Per subscription, not per event: each event's context carries the subscription's variables and user.
    private readonly ConditionalWeakTable<Variables, string?> _variableKeys = new();
    private readonly ConditionalWeakTable<ClaimsPrincipal, string> _callerKeys = new();

    public SharedEventExecutionStrategy() : base(new ParallelExecutionStrategy()) { }

    protected override ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        if (value is not ISharedEvent shared) return base.ProcessDataAsync(context, node, value);
        var variables = context.Variables is { } v ? _variableKeys.GetValue(v, VariablesKey) : "";
        if (variables is null) return base.ProcessDataAsync(context, node, value);
        var caller = context.User is { } user ? _callerKeys.GetValue(user, CallerKey) : "";
        var key = new ShareKey(context.Document, context.Operation, node.Name ?? "", variables, caller);
        var results = _executions.GetValue(shared.Change, _ => new ConcurrentDictionary<ShareKey, Lazy<Task<ExecutionResult>>>());
        var execution = results.GetOrAdd(key, _ => new Lazy<Task<ExecutionResult>>(() =>
        {
            // Run for everyone: one subscriber leaving must not cancel the others' result.
            context.CancellationToken = CancellationToken.None;
            return base.ProcessDataAsync(context, node, value).AsTask();
        }));
        return new ValueTask<ExecutionResult>(execution.Value);
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

    private readonly record struct ShareKey(GraphQLDocument Document, GraphQLOperationDefinition Operation, string Field, string Variables, string Caller);
}
