using GraphQL.Types;

namespace Innomed.Api.Schema.Types;

public sealed class JourneyPayloadGraphType : ObjectGraphType<JourneyPayload>
{
    public JourneyPayloadGraphType()
    {
        Name = "JourneyPayload";
        Field<NonNullGraphType<JourneyGraphType>>("journey").Resolve(c => c.Source.Journey);
    }
}
