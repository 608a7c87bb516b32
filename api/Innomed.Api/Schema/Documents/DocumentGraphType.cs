using GraphQL.Types;
using Innomed.Api.Documents;

namespace Innomed.Api.Schema.Documents;

public sealed class DocumentGraphType : ObjectGraphType<StoredDocument>
{
    public DocumentGraphType()
    {
        Name = "Document";
        Description = "A stored document of a journey. Its content is downloaded over HTTP from downloadUrl (same bearer token).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("journeyId").Resolve(c => c.Source.JourneyId);
        Field<IdGraphType>("stepId").Description("The step it is filed under, if any.").Resolve(c => c.Source.StepId);
        Field<NonNullGraphType<DocumentKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Name);
        Field(x => x.ContentType).Description("As recognised from the content: application/pdf, image/png, image/jpeg or text/plain.");
        Field<NonNullGraphType<IntGraphType>>("size").Description("Bytes.").Resolve(c => (int)c.Source.Size);
        Field(x => x.Sha256).Description("Hexadecimal SHA-256 of the content.");
        Field<NonNullGraphType<IdGraphType>>("uploadedBy").Resolve(c => c.Source.UploadedBy);
        Field(x => x.UploadedByRole);
        Field(x => x.UploadedAt);
        Field(x => x.DownloadUrl).Description("Relative URL: GET it with the Authorization header.");
        Field<PrescriptionGraphType>("prescription").Description("The structured lines, for a prescription written in Innomed.")
            .Resolve(c => c.Source.Prescription);
    }
}
