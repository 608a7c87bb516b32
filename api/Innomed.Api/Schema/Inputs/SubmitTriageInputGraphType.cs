using GraphQL.Types;
using Innomed.Api.Schema.Enums;

namespace Innomed.Api.Schema.Inputs;

public sealed class SubmitTriageInputGraphType : InputObjectGraphType<SubmitTriageInput>
{
    public SubmitTriageInputGraphType()
    {
        Name = "SubmitTriageInput";
        Description = "The chatbot's answers, or a clinician's level.";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Answers, type: typeof(ListGraphType<NonNullGraphType<TriageAnswerInputGraphType>>));
        Field(x => x.Level, type: typeof(TriageLevelEnum)).Description("A clinician's level; patients cannot set it.");
        Field(x => x.Note, nullable: true);
    }
}
