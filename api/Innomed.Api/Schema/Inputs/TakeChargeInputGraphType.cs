using GraphQL.Types;

namespace Innomed.Api.Schema.Inputs;

public sealed class TakeChargeInputGraphType : InputObjectGraphType<TakeChargeInput>
{
    public TakeChargeInputGraphType()
    {
        Name = "TakeChargeInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PractitionerId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}
