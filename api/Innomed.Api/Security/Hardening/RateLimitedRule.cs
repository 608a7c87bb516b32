using GraphQL.Validation;

namespace Innomed.Api.Security.Hardening;

/// <summary>
/// Refuses an operation whose WebSocket has used up its subscribe budget. It runs as a validation
/// rule because that is the transport's one per-operation hook; the client gets an <c>error</c>
/// message with code RATE_LIMITED for that id and the socket stays open.
/// </summary>
public sealed class RateLimitedRule : ValidationRuleBase
{
    public static readonly RateLimitedRule Instance = new();

    private RateLimitedRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        context.ReportError(new LimitValidationError(
            context.Document.Source, HardeningErrorCodes.RateLimited, "Too many operations on this connection; retry later."));
        return default;
    }
}
