using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Grains.Availability;

namespace Innomed.Api.Schema.Availability;

public sealed class AvailabilityBlockGraphType : ObjectGraphType<AvailabilityBlock>
{
    public AvailabilityBlockGraphType()
    {
        Name = "AvailabilityBlock";
        Description = "Consecutive slots every week, in the calendar's time zone.";
        Field<NonNullGraphType<DayOfWeekEnum>>("day").Resolve(c => c.Source.Day);
        Field<NonNullGraphType<StringGraphType>>("start").Description("HH:mm").Resolve(c => ClockTime.Format(c.Source.Start));
        Field<NonNullGraphType<StringGraphType>>("end").Description("HH:mm").Resolve(c => ClockTime.Format(c.Source.End));
        Field(x => x.SlotMinutes);
        Field(x => x.ReservedForUrgent);
    }
}
