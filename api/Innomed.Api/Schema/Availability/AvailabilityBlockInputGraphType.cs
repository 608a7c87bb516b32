using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Api.Schema.Inputs;

namespace Innomed.Api.Schema.Availability;

public sealed class AvailabilityBlockInputGraphType : InputObjectGraphType<AvailabilityBlockInput>
{
    public AvailabilityBlockInputGraphType()
    {
        Name = "AvailabilityBlockInput";
        Field(x => x.Day, type: typeof(NonNullGraphType<DayOfWeekEnum>));
        Field(x => x.Start).Description("HH:mm, local time.");
        Field(x => x.End).Description("HH:mm, local time; the last slot ends by then.");
        Field(x => x.SlotMinutes).Description("5 to 480.");
        Field(x => x.ReservedForUrgent, nullable: true).Description("Held for urgent referrals booked by a GP.");
    }
}
