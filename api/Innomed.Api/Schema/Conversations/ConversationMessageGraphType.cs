using GraphQL.Types;
using Innomed.Api.Documents;
using Innomed.Api.Schema.Documents;
using Innomed.Grains.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Schema.Conversations;

public sealed class ConversationMessageGraphType : ObjectGraphType<ConversationMessage>
{
    public ConversationMessageGraphType()
    {
        Name = "ConversationMessage";
        Description = "A message of a journey's conversation.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("Its position in the conversation: 1, 2, 3... with no gap.")
            .Resolve(c => (int)c.Source.Sequence);
        Field<NonNullGraphType<IdGraphType>>("journeyId").Resolve(c => c.Source.JourneyId);
        Field<IdGraphType>("stepId").Description("The step thread; null for the journey's main thread.").Resolve(c => c.Source.StepId);
        Field<NonNullGraphType<IdGraphType>>("senderId").Resolve(c => c.Source.SenderId);
        Field<NonNullGraphType<StringGraphType>>("senderRole").Resolve(c => Names.Constant(c.Source.SenderRole.ToString()));
        Field(x => x.Text);
        Field(x => x.ClientMessageId, nullable: true);
        Field(x => x.SentAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("attachmentIds").Resolve(c => c.Source.Attachments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("attachments")
            .Description("The attached documents (of the same journey), with their download URLs.")
            .ResolveAsync(async c =>
            {
                var store = c.RequestServices!.GetRequiredService<IDocumentStore>();
                var documents = await Task.WhenAll(c.Source.Attachments.Select(id => store.GetAsync(id, c.CancellationToken)));
                return documents.OfType<StoredDocument>().Where(d => d.JourneyId == c.Source.JourneyId).ToArray();
            });
    }
}
