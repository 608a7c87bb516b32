using GraphQL.Types;

namespace Innomed.Api.Schema.Inputs;

public sealed class ReturnToPrimaryCareInputGraphType : InputObjectGraphType<JourneyTextInput>
{
    public ReturnToPrimaryCareInputGraphType()
    {
        Name = "ReturnToPrimaryCareInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Note, nullable: true);
    }
}
