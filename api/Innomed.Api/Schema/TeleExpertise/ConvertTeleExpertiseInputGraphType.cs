using GraphQL.Types;
using Innomed.Api.Schema.Enums;
using Innomed.Api.Schema.Inputs;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class ConvertTeleExpertiseInputGraphType : InputObjectGraphType<ConvertTeleExpertiseInput>
{
    public ConvertTeleExpertiseInputGraphType()
    {
        Name = "ConvertTeleExpertiseInput";
        Description = "The expert needs to see the patient: the question becomes a referral.";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StepId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The TELE_EXPERTISE step.");
        Field(x => x.Reason).Description("Why the patient must be seen; the referral's reason.");
        Field(x => x.Performer, type: typeof(PerformerInputGraphType)).Description("Default: the expert who converts.");
        Field(x => x.Priority, type: typeof(PriorityEnum)).Description("Default: the request's priority.");
        Field(x => x.Note, nullable: true);
    }
}
