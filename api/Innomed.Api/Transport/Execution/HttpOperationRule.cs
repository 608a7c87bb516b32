using GraphQL.Validation;
using GraphQLParser.AST;

namespace Innomed.Api.Transport.Execution;

/// <summary>
/// Restricts what HTTP may run, inside validation so the document is parsed once and the chosen
/// operation is known: no subscriptions (they need the WebSocket), no mutations over GET.
/// </summary>
internal sealed class HttpOperationRule : ValidationRuleBase
{
    public static readonly HttpOperationRule Get = new(isGet: true);
    public static readonly HttpOperationRule Post = new(isGet: false);

    private readonly bool _isGet;

    private HttpOperationRule(bool isGet) => _isGet = isGet;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                null,
                "Subscriptions are not supported over HTTP; use the graphql-transport-ws WebSocket protocol on this path.",
                operation) { Code = "SUBSCRIPTION_OVER_HTTP" });
        }
        else if (_isGet && operation.Operation == OperationType.Mutation)
        {
            context.ReportError(new MethodNotAllowedError(context.Document.Source, operation));
        }

        return default;
    }
}
