using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Api.Schema.Inputs;

namespace Innomed.Api.Schema.Availability;

public sealed class BookSlotInputGraphType : InputObjectGraphType<BookSlotInput>
{
    public BookSlotInputGraphType()
    {
        Name = "BookSlotInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StepId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Start).Description("The start of a slot offered by the step's performer (availableSlots).");
    }
}
