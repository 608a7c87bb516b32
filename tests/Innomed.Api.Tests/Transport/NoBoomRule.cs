using GraphQL.Validation;
using GraphQLParser.AST;

namespace Innomed.Api.Tests.Transport;

/// <summary>A validation rule added through the ConfigureExecution hook: refuses any field named "boom".</summary>
internal sealed class NoBoomRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Name.Value == "boom")
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null, "no boom", field));
            }
        }));
}
