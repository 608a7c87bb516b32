using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Innomed.Api.Security.Hardening;

/// <summary>A document or its variables over one of the limits, reported during validation (nothing executed).</summary>
public sealed class LimitValidationError : ValidationError
{
    public LimitValidationError(ROM source, string code, string message, ASTNode? node = null)
        : base(source, null, message, node is null ? [] : [node])
    {
        Code = code;
    }
}
