using GraphQL.Types;

namespace Innomed.Api.Schema.Inputs;

public sealed class CancelJourneyInputGraphType : InputObjectGraphType<JourneyTextInput>
{
    public CancelJourneyInputGraphType()
    {
        Name = "CancelJourneyInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Reason, type: typeof(NonNullGraphType<StringGraphType>));
    }
}
