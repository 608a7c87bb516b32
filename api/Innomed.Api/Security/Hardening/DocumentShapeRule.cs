using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Innomed.Api.Security.Hardening;

/// <summary>
/// One walk over the whole parsed document (every operation and fragment, used or not): counts
/// operations, aliases and directives, and checks string literals as <see cref="VariablesSizeRule"/>
/// checks variables. Counts are per document, so an alias bomb spread across fragments is caught as
/// well as one in a single selection set.
/// </summary>
public sealed class DocumentShapeRule : ValidationRuleBase
{
    private readonly InnomedLimitsOptions _limits;

    public DocumentShapeRule(InnomedLimitsOptions limits) => _limits = limits;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var document = context.Document;
        var operations = document.Definitions.Count(d => d is GraphQLOperationDefinition);
        if (operations > _limits.MaxOperations)
        {
            Report(context, HardeningErrorCodes.MaxOperationsExceeded, $"The document has {operations} operations; at most {_limits.MaxOperations} are allowed.");
            return default;
        }

        var counter = new Counter(_limits.MaxStringLength);
        counter.Walk(document);
        if (counter.Aliases > _limits.MaxAliases)
        {
            Report(context, HardeningErrorCodes.MaxAliasesExceeded, $"The document has {counter.Aliases} aliases; at most {_limits.MaxAliases} are allowed.");
        }
        else if (counter.Directives > _limits.MaxDirectives)
        {
            Report(context, HardeningErrorCodes.MaxDirectivesExceeded, $"The document has {counter.Directives} directives; at most {_limits.MaxDirectives} are allowed.");
        }
        else if (counter.LongString is { } node)
        {
            context.ReportError(new LimitValidationError(
                context.Document.Source, HardeningErrorCodes.InputTooLarge, $"A string literal is longer than {_limits.MaxStringLength} characters.", node));
        }
        else if (counter.BadText is { } bad)
        {
            context.ReportError(new LimitValidationError(
                context.Document.Source, HardeningErrorCodes.BadUserInput, "Text may not contain control characters or unpaired surrogates.", bad));
        }

        return default;
    }

    private static void Report(ValidationContext context, string code, string message) =>
        context.ReportError(new LimitValidationError(context.Document.Source, code, message));

    /// <summary>
    /// Explicit stack, no recursion: the parser already capped nesting, but a walk that cannot
    /// overflow needs no such assumption.
    /// </summary>
    private sealed class Counter(int maxStringLength)
    {
        public int Aliases { get; private set; }

        public int Directives { get; private set; }

        public ASTNode? LongString { get; private set; }

        public ASTNode? BadText { get; private set; }

        public void Walk(GraphQLDocument document)
        {
            var pending = new Stack<ASTNode>(document.Definitions);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                switch (node)
                {
                    case GraphQLField field when field.Alias is not null:
                        Aliases++;
                        break;
                    case GraphQLDirective:
                        Directives++;
                        break;
                    case GraphQLStringValue text when text.Value.Length > maxStringLength:
                        LongString ??= text;
                        break;
                    case GraphQLStringValue text when VariablesSizeRule.HasForbiddenCharacter(text.Value.Span):
                        BadText ??= text;
                        break;
                }

                foreach (var child in Children(node))
                {
                    pending.Push(child);
                }
            }
        }

        private static IEnumerable<ASTNode> Children(ASTNode node)
        {
            IEnumerable<ASTNode?> children = node switch
            {
                GraphQLOperationDefinition o => [o.SelectionSet, o.Directives, o.Variables],
                GraphQLFragmentDefinition f => [f.SelectionSet, f.Directives],
                GraphQLSelectionSet s => s.Selections,
                GraphQLField f => [f.SelectionSet, f.Directives, f.Arguments],
                GraphQLFragmentSpread s => [s.Directives],
                GraphQLInlineFragment i => [i.SelectionSet, i.Directives],
                GraphQLDirectives d => d.Items,
                GraphQLDirective d => [d.Arguments],
                GraphQLArguments a => a.Items,
                GraphQLArgument a => [a.Value],
                GraphQLVariablesDefinition v => v.Items,
                GraphQLVariableDefinition v => [v.DefaultValue, v.Directives],
                GraphQLListValue l => l.Values ?? [],
                GraphQLObjectValue o => o.Fields ?? [],
                GraphQLObjectField f => [f.Value],
                _ => [],
            };
            return children.OfType<ASTNode>();
        }
    }
}
