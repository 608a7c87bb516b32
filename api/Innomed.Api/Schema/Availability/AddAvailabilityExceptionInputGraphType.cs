using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Api.Schema.Inputs;

namespace Innomed.Api.Schema.Availability;

public sealed class AddAvailabilityExceptionInputGraphType : InputObjectGraphType<AddAvailabilityExceptionInput>
{
    public AddAvailabilityExceptionInputGraphType()
    {
        Name = "AddAvailabilityExceptionInput";
        Field(x => x.Performer, type: typeof(NonNullGraphType<PerformerInputGraphType>));
        Field(x => x.Date);
        Field(x => x.Kind, type: typeof(NonNullGraphType<AvailabilityExceptionKindEnum>));
        Field(x => x.Start, nullable: true).Description("HH:mm; with end, or neither for the whole day (CLOSED only).");
        Field(x => x.End, nullable: true).Description("HH:mm");
        Field(x => x.SlotMinutes, nullable: true).Description("EXTRA only; default 15.");
        Field(x => x.ReservedForUrgent, nullable: true).Description("EXTRA only.");
        Field(x => x.Note, nullable: true);
    }
}
