using GraphQL.Types;
using Innomed.Api.Documents;

namespace Innomed.Api.Schema.Documents;

public sealed class PrescriptionLineGraphType : ObjectGraphType<PrescriptionLine>
{
    public PrescriptionLineGraphType()
    {
        Name = "PrescriptionLine";
        Field(x => x.Text).Description("The medication (name, strength, form), test or act.");
        Field(x => x.Dosage, nullable: true);
        Field(x => x.Duration, nullable: true);
        Field(x => x.Quantity, nullable: true);
    }
}
