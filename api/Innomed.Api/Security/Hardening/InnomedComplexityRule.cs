using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Innomed.Api.Security.Hardening;

/// <summary>
/// graphql-dotnet's complexity analyser (it runs once the standard rules have passed, so fragment
/// cycles never reach it), reporting depth and complexity under distinct codes instead of its single
/// <c>COMPLEXITY</c>, so clients and dashboards can tell which limit they hit.
/// </summary>
public sealed class InnomedComplexityRule : ComplexityValidationRule
{
    private readonly InnomedLimitsOptions _limits;

    public InnomedComplexityRule(InnomedLimitsOptions limits)
        : base(BuildOptions(limits))
    {
        _limits = limits;
    }

    /// <summary>
    /// Introspection counts 1 per field with no list multiplier: its answer is bounded by the schema's
    /// size, not by data, and the default multipliers (5 per list, nested) rate GraphiQL's own
    /// introspection query at over a million. Whether introspection is allowed at all is another rule.
    /// </summary>
    private static ComplexityOptions BuildOptions(InnomedLimitsOptions limits)
    {
        var options = new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity };
        var fallback = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context =>
            context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                ? new FieldComplexityResult(1, 1)
                : fallback(context);
        return options;
    }

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (maxDepth > _limits.MaxDepth)
        {
            context.ReportError(new LimitValidationError(
                context.Document.Source,
                HardeningErrorCodes.MaxDepthExceeded,
                $"The operation is nested {maxDepth} levels deep; at most {_limits.MaxDepth} are allowed."));
        }
        else if (totalComplexity > _limits.MaxComplexity)
        {
            context.ReportError(new LimitValidationError(
                context.Document.Source,
                HardeningErrorCodes.MaxComplexityExceeded,
                $"The operation's complexity is {totalComplexity:0}; at most {_limits.MaxComplexity} is allowed."));
        }

        return default;
    }
}
