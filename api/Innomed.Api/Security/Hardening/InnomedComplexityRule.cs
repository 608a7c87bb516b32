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
        : base(new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity })
    {
        _limits = limits;
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
