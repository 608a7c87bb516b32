using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Innomed.Api.Transport;
using Microsoft.Extensions.Options;

namespace Innomed.Api.Security.Hardening;

/// <summary>
/// Adds the limit rules to every execution (both transports), through
/// <see cref="GraphQLTransportOptions.ConfigureExecution"/>, and spends the WebSocket's subscribe budget.
/// </summary>
public sealed partial class ExecutionLimits
{
    private readonly IValidationRule[] _documentRules;
    private readonly VariablesSizeRule _variablesRule;
    private readonly InnomedComplexityRule _complexityRule;
    private readonly InnomedRateLimitOptions _rateLimits;
    private readonly TimeProvider _time;

    // One bucket per connection: the context is created once per WebSocket and dropped with it.
    private readonly ConditionalWeakTable<GraphQLRequestContext, TokenBucket> _subscribeBudgets = new();

    public ExecutionLimits(IOptions<InnomedLimitsOptions> limits, IOptions<InnomedRateLimitOptions> rateLimits, TimeProvider time, bool allowIntrospection)
    {
        var l = limits.Value;
        _variablesRule = new VariablesSizeRule(l);
        _complexityRule = new InnomedComplexityRule(l);
        IValidationRule[] rules = [new DocumentShapeRule(l), _variablesRule, _complexityRule];
        _documentRules = allowIntrospection ? rules : [NoIntrospectionValidationRule.Instance, .. rules];
        _rateLimits = rateLimits.Value;
        _time = time;
    }

    public void Apply(ExecutionOptions execution, GraphQLRequestContext request)
    {
        if (request.Transport == GraphQLTransportKind.WebSocket && _rateLimits.Enabled && !SubscribeBudget(request).TryTake())
        {
            // Only this rule: the operation is refused whatever it is, so nothing else is worth checking.
            execution.ValidationRules = [RateLimitedRule.Instance];
            execution.CachedDocumentValidationRules = [RateLimitedRule.Instance];
            return;
        }

        execution.ValidationRules = (execution.ValidationRules ?? DocumentValidator.CoreRules).Concat(_documentRules);

        // A document found in the cache was validated before, but not with these variables. Complexity
        // reads variables only through the list sizes of `first`/`last` arguments (graphql-dotnet's
        // default impact; no field sets its own): re-checked only when the text passes one as a
        // variable. It walks the whole document and was most of a cached query's validation time.
        IEnumerable<IValidationRule> cached = (execution.CachedDocumentValidationRules ?? []).Append(_variablesRule);
        if (execution.Query is null || ListSizeFromVariable().IsMatch(execution.Query)) cached = cached.Append(_complexityRule);
        execution.CachedDocumentValidationRules = cached;
    }

    /// <summary>Conservative: a comment or string that merely looks like one only costs a re-check.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(first|last)\s*:\s*\$")]
    private static partial System.Text.RegularExpressions.Regex ListSizeFromVariable();

    private TokenBucket SubscribeBudget(GraphQLRequestContext request) =>
        _subscribeBudgets.GetValue(request, _ => new TokenBucket(_rateLimits.SubscribeBurst, _rateLimits.SubscribePerSecond, _time));
}
