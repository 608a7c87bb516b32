using GraphQL.Types;
using Innomed.Grains.Availability;

namespace Innomed.Api.Schema.Availability;

public sealed class CalendarSlotGraphType : ObjectGraphType<CalendarSlot>
{
    public CalendarSlotGraphType()
    {
        Name = "CalendarSlot";
        Description = "A slot a performer offers.";
        Field(x => x.Start);
        Field(x => x.End);
        Field(x => x.ReservedForUrgent).Description("Held for urgent referrals booked by a GP.");
        Field(x => x.Free);
    }
}
