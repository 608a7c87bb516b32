using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Api.Schema.Inputs;

namespace Innomed.Api.Schema.Availability;

public sealed class RemoveAvailabilityExceptionInputGraphType : InputObjectGraphType<RemoveAvailabilityExceptionInput>
{
    public RemoveAvailabilityExceptionInputGraphType()
    {
        Name = "RemoveAvailabilityExceptionInput";
        Field(x => x.Performer, type: typeof(NonNullGraphType<PerformerInputGraphType>));
        Field(x => x.ExceptionId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}
