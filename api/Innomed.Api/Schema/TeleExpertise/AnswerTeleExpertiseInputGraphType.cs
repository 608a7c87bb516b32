using GraphQL.Types;

namespace Innomed.Api.Schema.TeleExpertise;

public sealed class AnswerTeleExpertiseInputGraphType : InputObjectGraphType<AnswerTeleExpertiseInput>
{
    public AnswerTeleExpertiseInputGraphType()
    {
        Name = "AnswerTeleExpertiseInput";
        Description = "The expert's answer.";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StepId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The TELE_EXPERTISE step.");
        Field(x => x.Answer).Description("At most 20000 characters.");
        Field(x => x.Attachments, type: typeof(ListGraphType<NonNullGraphType<DocumentReferenceInputGraphType>>)).Description("At most 10.");
    }
}
