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
        Field<IdGraphType>("documentId").Description("The stored document it points at, if it is one.")
            .Resolve(c => Innomed.Api.Documents.StoredDocumentReference.Parse(c.Source.Reference));
        Field<StringGraphType>("downloadUrl").Description("For a stored document: GET it with the Authorization header.")
            .Resolve(c => Innomed.Api.Documents.StoredDocumentReference.Parse(c.Source.Reference) is { } id
                ? Innomed.Api.Documents.DocumentEndpoints.DownloadPath(id) : null);
    }
}
