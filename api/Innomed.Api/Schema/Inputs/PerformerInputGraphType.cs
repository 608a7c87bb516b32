using GraphQL.Types;

namespace Innomed.Api.Schema.Inputs;

public sealed class PerformerInputGraphType : InputObjectGraphType<PerformerInput>
{
    public PerformerInputGraphType()
    {
        Name = "PerformerInput";
        Description = "A practitioner or a hospital unit: give exactly one.";
        Field(x => x.PractitionerId, type: typeof(IdGraphType));
        Field(x => x.UnitId, type: typeof(IdGraphType));
    }
}
