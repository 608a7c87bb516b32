using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Labs;

public sealed class SetOnCallGpInputGraphType : InputObjectGraphType<SetOnCallGpInput>
{
    public SetOnCallGpInputGraphType()
    {
        Name = "SetOnCallGpInput";
        Field(x => x.TerritoryId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PractitionerId, type: typeof(IdGraphType)).Description("A GP of the territory; null: nobody on call.");
    }
}
