using GraphQL.Types;
using Innomed.Api.Documents;

namespace Innomed.Api.Schema.Documents;

public sealed class PrescriptionGraphType : ObjectGraphType<Prescription>
{
    public PrescriptionGraphType()
    {
        Name = "Prescription";
        Description = "The structured lines of a prescription; its document is the rendered PDF.";
        Field<NonNullGraphType<PrescriptionCategoryEnum>>("category").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrescriptionLineGraphType>>>>("lines").Resolve(c => c.Source.Lines);
        Field(x => x.Notes, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("prescriberId").Resolve(c => c.Source.PrescriberId);
    }
}
