using GraphQL.Types;

namespace Innomed.Api.Schema.Conversations;

public sealed class SendMessageInputGraphType : InputObjectGraphType<SendMessageInput>
{
    public SendMessageInputGraphType()
    {
        Name = "SendMessageInput";
        Field(x => x.JourneyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.StepId, type: typeof(IdGraphType)).Description("Post in this step's thread; default: the journey's main thread.");
        Field(x => x.Text).Description("1 to 4000 characters.");
        Field(x => x.ClientMessageId, nullable: true)
            .Description("Your id for this message (e.g. a UUID): sending again with the same id returns the first message, no copy.");
        Field(x => x.AttachmentIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description("Documents of the same journey (upload them first with POST /documents); at most 10.");
    }
}
