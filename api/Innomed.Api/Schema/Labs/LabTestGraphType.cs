using GraphQL.Types;
using Innomed.Grains.Labs;

namespace Innomed.Api.Schema.Labs;

public sealed class LabTestGraphType : ObjectGraphType<LabTest>
{
    public LabTestGraphType()
    {
        Name = "LabTest";
        Field(x => x.Code).Description("LOINC-like code.");
        Field(x => x.Label);
    }
}
