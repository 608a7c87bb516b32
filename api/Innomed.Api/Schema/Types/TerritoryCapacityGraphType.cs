using GraphQL.Types;
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
        Field(x => x.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitCapacityEntryGraphType>>>>("units").Resolve(c => c.Source.Units);
    }
}
