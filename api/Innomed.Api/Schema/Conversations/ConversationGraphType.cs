using GraphQL;
using GraphQL.Types;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Conversations;

namespace Innomed.Api.Schema.Conversations;

public sealed class ConversationGraphType : ObjectGraphType<ConversationNode>
{
    public ConversationGraphType()
    {
        Name = "Conversation";
        Description = "A journey's conversation between its care team: a main thread and one thread per step.";
        Field<NonNullGraphType<IdGraphType>>("journeyId").Resolve(c => c.Source.JourneyId);
        Field<NonNullGraphType<ConversationPageGraphType>>("messages")
            .Argument<IdGraphType>("stepId", "Only this step's thread.")
            .Argument<IntGraphType>("first", "Default 50, max 200.")
            .Argument<IntGraphType>("after", "The messages after this sequence (catching up).")
            .Argument<IntGraphType>("before", "The newest messages before this sequence (scrolling back).")
            .ResolveAsync(async c => await c.Grains().Get<IConversationGrain>(c.Source.JourneyId).GetMessagesAsync(new ConversationQuery
            {
                StepId = c.GetArgument<string?>("stepId") is { Length: > 0 } s ? Ids.Guid(s, "stepId") : null,
                Limit = c.GetArgument("first", 50),
                After = c.GetArgument<int?>("after"),
                Before = c.GetArgument<int?>("before"),
            }));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReadReceiptGraphType>>>>("receipts")
            .Description("Each participant's read position.")
            .ResolveAsync(async c => await c.Grains().Get<IConversationGrain>(c.Source.JourneyId).GetReceiptsAsync());
    }
}
