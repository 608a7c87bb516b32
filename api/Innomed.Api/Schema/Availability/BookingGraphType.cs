using GraphQL.Types;
using Innomed.Grains.Availability;

namespace Innomed.Api.Schema.Availability;

public sealed class BookingGraphType : ObjectGraphType<Booking>
{
    public BookingGraphType()
    {
        Name = "Booking";
        Description = "A slot held for a journey step: the performer's agenda.";
        Field(x => x.Start);
        Field(x => x.End);
        Field<NonNullGraphType<IdGraphType>>("journeyId").Resolve(c => c.Source.JourneyId);
        Field<NonNullGraphType<IdGraphType>>("stepId").Resolve(c => c.Source.StepId);
        Field<NonNullGraphType<IdGraphType>>("bookedBy").Resolve(c => c.Source.BookedBy);
        Field(x => x.BookedAt);
        Field(x => x.ReservedForUrgent);
    }
}
