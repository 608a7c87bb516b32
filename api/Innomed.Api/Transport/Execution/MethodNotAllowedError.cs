using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Innomed.Api.Transport.Execution;

/// <summary>A mutation sent with GET: the HTTP transport answers 405 with <c>Allow: POST</c>.</summary>
internal sealed class MethodNotAllowedError : ValidationError
{
    public MethodNotAllowedError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null, "Cannot perform mutations over GET; use POST.", operation)
    {
        Code = "METHOD_NOT_ALLOWED";
    }
}
