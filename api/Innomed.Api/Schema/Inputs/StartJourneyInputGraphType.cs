using GraphQL.Types;

namespace Innomed.Api.Schema.Inputs;

public sealed class StartJourneyInputGraphType : InputObjectGraphType<StartJourneyInput>
{
    public StartJourneyInputGraphType()
    {
        Name = "StartJourneyInput";
        Field(x => x.TerritoryId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Patient, type: typeof(NonNullGraphType<PatientInputGraphType>));
    }
}
