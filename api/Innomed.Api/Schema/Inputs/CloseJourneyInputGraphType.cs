using GraphQL.Types;

namespace Innomed.Api.Schema.Inputs;

public sealed class CloseJourneyInputGraphType : InputObjectGraphType<JourneyTextInput>
{
    public CloseJourneyInputGraphType()
    {
        Name = "CloseJourneyInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Outcome, type: typeof(NonNullGraphType<StringGraphType>));
    }
}
