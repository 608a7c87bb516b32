using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Inputs;

public sealed class UpdateStepInputGraphType : InputObjectGraphType<UpdateStepInput>
{
    public UpdateStepInputGraphType()
    {
        Name = "UpdateStepInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StepId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Action, type: typeof(NonNullGraphType<StepActionEnum>));
        Field(x => x.Note, nullable: true);
        Field(x => x.Report, nullable: true).Description("Required to COMPLETE.");
        Field(x => x.Reason, nullable: true).Description("Required to REJECT, FAIL or CANCEL.");
        Field(x => x.Slot, type: typeof(SlotInputGraphType)).Description("Required to SCHEDULE.");
        Field(x => x.Alternative, nullable: true)
            .Description("Required to REJECT a referral, tele-expertise or admission: what the patient should do instead.");
        Field(x => x.SuggestedPerformer, type: typeof(PerformerInputGraphType)).Description("Who to ask instead, when known.");
    }
}
