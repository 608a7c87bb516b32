using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Api.Schema.Inputs;

namespace Innomed.Api.Schema.Availability;

public sealed class SetWeeklyAvailabilityInputGraphType : InputObjectGraphType<SetWeeklyAvailabilityInput>
{
    public SetWeeklyAvailabilityInputGraphType()
    {
        Name = "SetWeeklyAvailabilityInput";
        Field(x => x.Performer, type: typeof(NonNullGraphType<PerformerInputGraphType>));
        Field(x => x.TimeZone, nullable: true).Description("IANA zone; default Europe/Paris.");
        Field(x => x.Blocks, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AvailabilityBlockInputGraphType>>>))
            .Description("Replaces the whole weekly template; bookings already made stay.");
    }
}
