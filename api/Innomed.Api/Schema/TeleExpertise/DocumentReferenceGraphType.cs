using GraphQL.Types;
using Innomed.Grains.TeleExpertise;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class DocumentReferenceGraphType : ObjectGraphType<DocumentReference>
{
    public DocumentReferenceGraphType()
    {
        Name = "DocumentReference";
        Description = "An attached document: name, media type and where it is stored.";
        Field(x => x.Name);
        Field(x => x.ContentType);
        Field(x => x.Reference);
    }
}
