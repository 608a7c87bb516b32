using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Inputs;

public sealed class ReferInputGraphType : InputObjectGraphType<ReferInput>
{
    public ReferInputGraphType()
    {
        Name = "ReferInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ParentStepId, type: typeof(IdGraphType)).Description("Default: the primary-care step.");
        Field(x => x.Kind, type: typeof(StepKindEnum))
            .Description("REFERRAL (default), TELE_EXPERTISE, LAB_ORDER, IMAGING_ORDER or ADMISSION.");
        Field(x => x.Performer, type: typeof(NonNullGraphType<PerformerInputGraphType>));
        Field(x => x.Reason);
        Field(x => x.Priority, type: typeof(PriorityEnum)).Description("Default ROUTINE.");
        Field(x => x.DueBy, nullable: true);
        Field(x => x.Note, nullable: true);
    }
}
