using GraphQL.Types;

namespace Innomed.Api.Schema.Inputs;

public sealed class TriageAnswerInputGraphType : InputObjectGraphType<TriageAnswerInput>
{
    public TriageAnswerInputGraphType()
    {
        Name = "TriageAnswerInput";
        Field(x => x.Question);
        Field(x => x.Value);
    }
}
