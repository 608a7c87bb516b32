using GraphQL.Types;
using Innomed.Grains.Capacity;

namespace Innomed.Api.Schema.Capacity;

public sealed class CapacityHistoryPointGraphType : ObjectGraphType<CapacityHistoryPoint>
{
    public CapacityHistoryPointGraphType()
    {
        Name = "CapacityHistoryPoint";
        Description = "One bucket: values in force at its end (carried forward when no sample fell inside), maxima over the bucket.";
        Field(x => x.Start);
        Field(x => x.End);
        Field(x => x.Samples).Description("Publications inside the bucket (0: carried forward).");
        Field(x => x.BedsTotal);
        Field(x => x.BedsOccupied);
        Field(x => x.BedsOccupiedMax);
        Field(x => x.ErWaiting);
        Field(x => x.ErWaitingMax);
        Field(x => x.ErLongestWaitMinutesMax);
        Field(x => x.DoctorsOnDuty);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BedCountGraphType>>>>("beds").Resolve(c => c.Source.Beds);
    }
}
