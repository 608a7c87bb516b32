using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Innomed.Api.Security.Hardening;

/// <summary>
/// Parses GraphQL documents within <see cref="InnomedLimitsOptions"/>: length and token count are
/// checked before the parser allocates a tree, and the parser's recursion is capped. Without it a
/// document nested deeper than the parser's default (128) surfaces as an unhandled exception, which
/// the transport turns into <c>INTERNAL</c> (and logs as an error) instead of a client error.
/// </summary>
public sealed class LimitedDocumentBuilder : IDocumentBuilder
{
    private readonly InnomedLimitsOptions _limits;
    private readonly GraphQLDocumentBuilder _parser;

    public LimitedDocumentBuilder(InnomedLimitsOptions limits)
    {
        _limits = limits;
        _parser = new GraphQLDocumentBuilder { MaxDepth = limits.MaxParserDepth };
    }

    public GraphQLDocument Build(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length > _limits.MaxDocumentLength)
        {
            throw new DocumentLimitError(
                HardeningErrorCodes.DocumentTooLarge,
                $"The document is longer than {_limits.MaxDocumentLength} characters.");
        }

        if (CountTokens(body, _limits.MaxTokens + 1) > _limits.MaxTokens)
        {
            throw new DocumentLimitError(
                HardeningErrorCodes.DocumentTooLarge,
                $"The document has more than {_limits.MaxTokens} tokens.");
        }

        try
        {
            return _parser.Build(body);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new DocumentLimitError(
                HardeningErrorCodes.MaxDepthExceeded,
                $"The document is nested deeper than {_limits.MaxParserDepth} levels.");
        }
    }

    /// <summary>Tokens up to <paramref name="stopAt"/>; a lexing error stops counting and is left for the parser to report.</summary>
    internal static int CountTokens(string body, int stopAt)
    {
        ROM source = body;
        var count = 0;
        var position = 0;
        try
        {
            while (count < stopAt)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                count++;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
        }

        return count;
    }
}
