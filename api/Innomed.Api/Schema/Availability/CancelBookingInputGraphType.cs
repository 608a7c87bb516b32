using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Api.Schema.Inputs;

namespace Innomed.Api.Schema.Availability;

public sealed class CancelBookingInputGraphType : InputObjectGraphType<CancelBookingInput>
{
    public CancelBookingInputGraphType()
    {
        Name = "CancelBookingInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StepId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Reason);
    }
}
