using GraphQL.Types;
using Innomed.Grains.Conversations;

namespace Innomed.Api.Schema.Conversations;

public sealed class ConversationPageGraphType : ObjectGraphType<ConversationPage>
{
    public ConversationPageGraphType()
    {
        Name = "ConversationPage";
        Description = "Messages oldest first; page back with before: <first sequence>, forward with after: <last sequence>.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConversationMessageGraphType>>>>("messages").Resolve(c => c.Source.Messages);
        Field(x => x.HasOlder);
        Field(x => x.HasNewer);
        Field<NonNullGraphType<IntGraphType>>("lastSequence").Description("The conversation's last message (all threads).")
            .Resolve(c => (int)c.Source.LastSequence);
    }
}
