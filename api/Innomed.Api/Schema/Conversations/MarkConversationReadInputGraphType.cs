using GraphQL.Types;

namespace Innomed.Api.Schema.Conversations;

public sealed class MarkConversationReadInputGraphType : InputObjectGraphType<MarkConversationReadInput>
{
    public MarkConversationReadInputGraphType()
    {
        Name = "MarkConversationReadInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UpToSequence).Description("The last message read; the position never moves back.");
    }
}
