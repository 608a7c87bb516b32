using GraphQL.Types;
using Innomed.Grains.Availability;

namespace Innomed.Api.Schema.Availability;

public sealed class AvailabilityGraphType : ObjectGraphType<WeeklyAvailability>
{
    public AvailabilityGraphType()
    {
        Name = "Availability";
        Description = "What a performer publishes: a weekly template and its exceptions.";
        Field(x => x.TimeZone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AvailabilityBlockGraphType>>>>("blocks").Resolve(c => c.Source.Blocks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AvailabilityExceptionGraphType>>>>("exceptions")
            .Resolve(c => c.Source.Exceptions);
    }
}
