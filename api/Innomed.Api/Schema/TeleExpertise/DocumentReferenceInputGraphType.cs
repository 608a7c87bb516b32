using GraphQL.Types;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class DocumentReferenceInputGraphType : InputObjectGraphType<DocumentReferenceInput>
{
    public DocumentReferenceInputGraphType()
    {
        Name = "DocumentReferenceInput";
        Description = "A document to attach: a stored document of the journey (documentId), or an outside one "
            + "(name, media type and an https, http or urn address).";
        Field(x => x.DocumentId, type: typeof(IdGraphType))
            .Description("A document uploaded to the journey (POST /documents); name, contentType and reference then come from it.");
        Field(x => x.Name, nullable: true).Description("Required without documentId.");
        Field(x => x.ContentType, nullable: true).Description("Required without documentId; e.g. application/pdf, image/jpeg.");
        Field(x => x.Reference, nullable: true).Description("Required without documentId: an absolute https, http or urn address.");
    }
}
