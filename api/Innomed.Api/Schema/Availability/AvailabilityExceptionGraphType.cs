using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Grains.Availability;

namespace Innomed.Api.Schema.Availability;

public sealed class AvailabilityExceptionGraphType : ObjectGraphType<AvailabilityOverride>
{
    public AvailabilityExceptionGraphType()
    {
        Name = "AvailabilityException";
        Description = "A dated change to the weekly template: closed (in a range or all day) or extra slots.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Date);
        Field<NonNullGraphType<AvailabilityExceptionKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("start").Description("HH:mm; none: the whole day.")
            .Resolve(c => c.Source.Start is { } t ? ClockTime.Format(t) : null);
        Field<StringGraphType>("end").Description("HH:mm").Resolve(c => c.Source.End is { } t ? ClockTime.Format(t) : null);
        Field(x => x.SlotMinutes, nullable: true);
        Field(x => x.ReservedForUrgent);
        Field(x => x.Note, nullable: true);
    }
}
