using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Labs;

public sealed class LabTestInputGraphType : InputObjectGraphType<LabTestInput>
{
    public LabTestInputGraphType()
    {
        Name = "LabTestInput";
        Field(x => x.Code).Description("LOINC-like code, e.g. 2823-3.");
        Field(x => x.Label);
    }
}
