using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class TriageProgressGraphType : ObjectGraphType<TriageProgress>
{
    public TriageProgressGraphType()
    {
        Name = "TriageProgress";
        Description = "The chatbot's state: the next question (null when done) and the answers so far; resumable.";
        Field<TriageQuestionGraphType>("next").Resolve(c => c.Source.Next);
        Field<NonNullGraphType<BooleanGraphType>>("complete").Resolve(c => c.Source.Next is null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TriageAnswerGraphType>>>>("answers").Resolve(c => c.Source.Answers);
        Field(x => x.QuestionnaireVersion);
        Field<NonNullGraphType<JourneyGraphType>>("journey").Resolve(c => c.Source.Journey);
    }
}
