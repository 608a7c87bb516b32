using GraphQL.Execution;

namespace Innomed.Api.Security.Hardening;

/// <summary>
/// A document refused before or while parsing. A <see cref="DocumentError"/>, so the HTTP transport
/// answers it like a syntax error (400 under application/graphql-response+json).
/// </summary>
public sealed class DocumentLimitError : DocumentError
{
    public DocumentLimitError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
