using GraphQL.Types;

namespace Innomed.Api.Schema.Inputs;

public sealed class UnitCapacityInputGraphType : InputObjectGraphType<UnitCapacityInput>
{
    public UnitCapacityInputGraphType()
    {
        Name = "UpdateUnitCapacityInput";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.BedsTotal);
        Field(x => x.BedsOccupied);
        Field(x => x.ErWaiting);
        Field(x => x.ErLongestWaitMinutes);
        Field(x => x.DoctorsOnDuty);
    }
}
