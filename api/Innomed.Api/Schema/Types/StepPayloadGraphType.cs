using GraphQL.Types;

namespace Innomed.Api.Schema.Types;

public sealed class StepPayloadGraphType : ObjectGraphType<StepPayload>
{
    public StepPayloadGraphType()
    {
        Name = "StepPayload";
        Field<NonNullGraphType<StepGraphType>>("step").Resolve(c => c.Source.Step);
        Field<NonNullGraphType<JourneyGraphType>>("journey").Resolve(c => c.Source.Journey);
    }
}
