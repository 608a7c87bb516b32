using GraphQL.Types;
using Innomed.Grains.Conversations;

namespace Innomed.Api.Schema.Conversations;

public sealed class ConversationUpdateGraphType : ObjectGraphType<ConversationChange>
{
    public ConversationUpdateGraphType()
    {
        Name = "ConversationUpdate";
        Description = "A new message (in sequence order, no gap, no duplicate) or a read receipt.";
        Field<NonNullGraphType<ConversationUpdateTypeEnum>>("type").Resolve(c => c.Source.Message is null ? "READ" : "MESSAGE");
        Field<NonNullGraphType<IdGraphType>>("journeyId").Resolve(c => c.Source.JourneyId);
        Field<ConversationMessageGraphType>("message").Resolve(c => c.Source.Message);
        Field<ReadReceiptGraphType>("receipt").Resolve(c => c.Source.Receipt);
    }
}
