using GraphQL.Types;

namespace Innomed.Api.Schema.Inputs;

public sealed class PatientInputGraphType : InputObjectGraphType<PatientInput>
{
    public PatientInputGraphType()
    {
        Name = "PatientInput";
        Field(x => x.FamilyName);
        Field(x => x.GivenName);
        Field(x => x.BirthDate);
        Field(x => x.Sex, nullable: true);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Email, nullable: true);
        Field(x => x.Ins, nullable: true);
    }
}
