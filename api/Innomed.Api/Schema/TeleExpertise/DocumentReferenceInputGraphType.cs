using GraphQL.Types;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class DocumentReferenceInputGraphType : InputObjectGraphType<DocumentReferenceInput>
{
    public DocumentReferenceInputGraphType()
    {
        Name = "DocumentReferenceInput";
        Description = "A document to attach: its name, media type and where it is stored (https, http or urn address).";
        Field(x => x.Name);
        Field(x => x.ContentType).Description("e.g. application/pdf, image/jpeg.");
        Field(x => x.Reference).Description("An absolute https, http or urn address; the document store arrives later.");
    }
}
