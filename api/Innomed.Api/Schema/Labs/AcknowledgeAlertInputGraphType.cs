using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Labs;

public sealed class AcknowledgeAlertInputGraphType : InputObjectGraphType<AcknowledgeAlertInput>
{
    public AcknowledgeAlertInputGraphType()
    {
        Name = "AcknowledgeAlertInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.AlertId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}
