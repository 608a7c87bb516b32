using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Labs;

public sealed class LabResultInputGraphType : InputObjectGraphType<LabResultInput>
{
    public LabResultInputGraphType()
    {
        Name = "LabResultInput";
        Description = "A numeric value with its unit and limits, or a text result.";
        Field(x => x.Code);
        Field(x => x.Label);
        Field(x => x.Value, nullable: true);
        Field(x => x.Text, nullable: true);
        Field(x => x.Unit, nullable: true);
        Field(x => x.ReferenceLow, nullable: true);
        Field(x => x.ReferenceHigh, nullable: true);
        Field(x => x.CriticalLow, nullable: true);
        Field(x => x.CriticalHigh, nullable: true);
    }
}
