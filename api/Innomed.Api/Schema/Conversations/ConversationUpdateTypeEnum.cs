using GraphQL.Types;

namespace Innomed.Api.Schema.Conversations;

public sealed class ConversationUpdateTypeEnum : EnumerationGraphType
{
    public ConversationUpdateTypeEnum()
    {
        Name = "ConversationUpdateType";
        Add("MESSAGE", "MESSAGE", "A new message.");
        Add("READ", "READ", "A participant's read position moved.");
    }
}
