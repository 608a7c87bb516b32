using GraphQL.Types;
using Innomed.Api.Schema.Capacity;
using Innomed.Grains.Directory;

namespace Innomed.Api.Schema.Types;

public sealed class TerritoryCapacityGraphType : ObjectGraphType<TerritoryCapacity>
{
    public TerritoryCapacityGraphType()
    {
        Name = "TerritoryCapacity";
        Field<NonNullGraphType<IdGraphType>>("territoryId").Resolve(c => c.Source.TerritoryId);
        Field(x => x.BedsTotal);
        Field(x => x.BedsOccupied);
        Field(x => x.ErWaiting);
        Field(x => x.DoctorsOnDuty);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BedCountGraphType>>>>("beds")
            .Description("Beds by type over the units that publish them by type.")
            .Resolve(c => c.Source.Beds);
        Field(x => x.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitCapacityEntryGraphType>>>>("units").Resolve(c => c.Source.Units);
    }
}
