using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Grains.Directory;

namespace Innomed.Api.Schema.Types;

public sealed class UnitCapacityEntryGraphType : ObjectGraphType<UnitCapacityEntry>
{
    public UnitCapacityEntryGraphType()
    {
        Name = "UnitCapacityEntry";
        Field<NonNullGraphType<IdGraphType>>("unitId").Resolve(c => c.Source.UnitId);
        Field<NonNullGraphType<UnitKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<UnitCapacityGraphType>>("capacity").Resolve(c => c.Source.Capacity);
        Field<HospitalUnitGraphType>("unit").ResolveAsync(async c => await c.Loader().UnitAsync(c.Source.UnitId));
    }
}
