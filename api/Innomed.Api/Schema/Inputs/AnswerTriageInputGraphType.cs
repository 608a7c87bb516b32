using GraphQL.Types;

namespace Innomed.Api.Schema.Inputs;

public sealed class AnswerTriageInputGraphType : InputObjectGraphType<AnswerTriageInput>
{
    public AnswerTriageInputGraphType()
    {
        Name = "AnswerTriageInput";
        Description = "The answer to the next question (or a correction of an earlier one).";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Question).Description("The question's code.");
        Field(x => x.Value).Description("yes/no/unknown, a number, an option code, codes separated by commas, or text.");
    }
}
