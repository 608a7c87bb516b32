using GraphQL.Types;
using Innomed.Api.Schema.Capacity;
using Innomed.Grains.Directory;

namespace Innomed.Api.Schema.Types;

public sealed class UnitCapacityGraphType : ObjectGraphType<UnitCapacity>
{
    public UnitCapacityGraphType()
    {
        Name = "UnitCapacity";
        Field(x => x.BedsTotal);
        Field(x => x.BedsOccupied);
        Field(x => x.BedsFree);
        Field(x => x.ErWaiting);
        Field(x => x.ErLongestWaitMinutes);
        Field(x => x.DoctorsOnDuty);
        Field(x => x.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BedCountGraphType>>>>("beds")
            .Description("Beds by type; empty when the unit publishes totals only.")
            .Resolve(c => c.Source.Beds);
    }
}
