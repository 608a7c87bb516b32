using GraphQL.Types;
using Innomed.Api.Documents;

namespace Innomed.Api.Schema.Documents;

public sealed class DocumentKindEnum : EnumerationGraphType<DocumentKind>
{
    public DocumentKindEnum()
    {
        Name = "DocumentKind";
        Description = "What a stored document is.";
    }
}
