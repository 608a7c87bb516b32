using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class PatientGraphType : ObjectGraphType<PatientIdentity>
{
    public PatientGraphType()
    {
        Name = "Patient";
        Description = "The patient's identity. Health data: visible to the care team only.";
        Field(x => x.FamilyName);
        Field(x => x.GivenName);
        Field(x => x.BirthDate);
        Field(x => x.Sex, nullable: true);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Email, nullable: true);
        Field(x => x.Ins, nullable: true).Description("Identifiant National de Santé, when known.");
    }
}
