using GraphQL.Types;
using Innomed.Grains.Journeys;

namespace Innomed.Api.Schema.Types;

public sealed class TriageAnswerGraphType : ObjectGraphType<TriageAnswer>
{
    public TriageAnswerGraphType()
    {
        Name = "TriageAnswer";
        Field(x => x.Question);
        Field(x => x.Value);
    }
}
