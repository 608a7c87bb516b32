using GraphQL.Types;
using Innomed.Api.Schema.Capacity;

namespace Innomed.Api.Schema.Inputs;

public sealed class UnitCapacityInputGraphType : InputObjectGraphType<UnitCapacityInput>
{
    public UnitCapacityInputGraphType()
    {
        Name = "UpdateUnitCapacityInput";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.BedsTotal, nullable: true).Description("All beds; with beds by type, their sum (may be left out).");
        Field(x => x.BedsOccupied, nullable: true).Description("Occupied beds; with beds by type, their sum (may be left out).");
        Field(x => x.Beds, type: typeof(ListGraphType<NonNullGraphType<BedCountInputGraphType>>))
            .Description("Beds by type (each type at most once); replaces the unit's previous split.");
        Field(x => x.ErWaiting);
        Field(x => x.ErLongestWaitMinutes);
        Field(x => x.DoctorsOnDuty);
    }
}
