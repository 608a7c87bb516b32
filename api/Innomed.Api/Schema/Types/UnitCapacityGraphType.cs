using GraphQL.Types;
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
    }
}
