using GraphQL;
using GraphQL.Types;
using Innomed.Api.Documents;
using Innomed.Api.Schema.Access;
using Innomed.Api.Schema.Types;
using Innomed.Grains.Conversations;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Microsoft.Extensions.DependencyInjection;

namespace Innomed.Api.Schema.Conversations;

/// <summary>
/// Secure messaging over GraphQL: a conversation per journey between its care team (<see cref="CareTeam"/>),
/// with a thread per step. Added to Query, Mutation and Subscription from here.
/// </summary>
public static class ConversationFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConversationGraphType>>("conversation")
            .Description("The journey's conversation. Its care team: the patient, the GP in charge, the requesters and performers of its steps.")
            .Argument<NonNullGraphType<IdGraphType>>("journeyId")
            .AllowRoles(Rules.Clinical)
            .ResolveAsync(async c =>
            {
                var journeyId = Ids.Journey(c.GetArgument<string>("journeyId"));
                await ParticipantAsync(c, journeyId);
                return new ConversationNode(journeyId);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ConversationMessageGraphType>>("sendMessage")
            .Description("Posts a message (persisted before the answer, then delivered live). Idempotent with clientMessageId.")
            .Argument<NonNullGraphType<SendMessageInputGraphType>>("input")
            .AllowRoles(Rules.Clinical)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SendMessageInput>("input");
                var journeyId = Ids.Journey(input.JourneyId);
                var attachments = (input.AttachmentIds ?? []).Select((id, i) => Ids.Guid(id, $"attachmentIds[{i}]")).ToArray();
                if (attachments.Length > SendMessage.MaxAttachments)
                    throw new InvalidInputException("attachmentIds", $"At most {SendMessage.MaxAttachments} attachments per message.");
                await ParticipantAsync(c, journeyId);
                await c.RequestServices!.GetRequiredService<DocumentLibrary>().EnsureAttachedToAsync(journeyId, attachments, c.CancellationToken);
                return await c.Grains().Get<IConversationGrain>(journeyId).SendAsync(new SendMessage
                {
                    Text = input.Text,
                    StepId = string.IsNullOrEmpty(input.StepId) ? null : Ids.Guid(input.StepId, "stepId"),
                    ClientMessageId = input.ClientMessageId,
                    Attachments = attachments,
                }, ActorResolver.Resolve(c));
            });
        mutation.Field<NonNullGraphType<ReadReceiptGraphType>>("markConversationRead")
            .Description("Moves your read position forward; the others see it live.")
            .Argument<NonNullGraphType<MarkConversationReadInputGraphType>>("input")
            .AllowRoles(Rules.Clinical)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<MarkConversationReadInput>("input");
                return await c.Grains().Get<IConversationGrain>(Ids.Journey(input.JourneyId))
                    .MarkReadAsync(input.UpToSequence, ActorResolver.Resolve(c));
            });
    }

    public static void AddSubscriptions(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ConversationUpdateGraphType>, ConversationChange>("conversationUpdated")
            .Description("Replays the messages after sinceSequence and the current read receipts, then goes live: new messages "
                + "in sequence order (no gap, no duplicate) and read receipts.")
            .Argument<NonNullGraphType<IdGraphType>>("journeyId")
            .Argument<IntGraphType>("sinceSequence", "Replay from here; default: only what happens from now on (receipts are replayed anyway).")
            .AllowRoles(Rules.Clinical)
            .ResolveStreamAsync(async c =>
            {
                var journeyId = Ids.Journey(c.GetArgument<string>("journeyId"));
                await ParticipantAsync(c, journeyId);
                var grain = c.Grains().Get<IConversationGrain>(journeyId);
                var since = c.GetArgument<int?>("sinceSequence") is { } s
                    ? (s < 0 ? throw new InvalidInputException("sinceSequence", "'sinceSequence' cannot be negative.") : s)
                    : (await grain.GetMessagesAsync(new ConversationQuery { Limit = 1 })).LastSequence;
                return ConversationUpdates.Stream(c.RequestServices!.GetRequiredService<IConversationFeed>(),
                    c.RequestServices!.GetRequiredService<Innomed.Grains.Live.ILiveEventSource>().Resumed, grain, journeyId, since);
            });
    }

    /// <summary>FORBIDDEN unless the caller takes part in the journey's conversation; NOT_FOUND for an unknown journey.</summary>
    private static async Task ParticipantAsync(IResolveFieldContext c, Guid journeyId)
    {
        var journey = await c.Loader().JourneyAsync(journeyId) ?? throw new NotFoundException("Journey", journeyId.ToString());
        if (!CareTeam.IsParticipant(ActorResolver.Resolve(c), journey))
            throw new InnomedError("Only the journey's care team takes part in its conversation.", "FORBIDDEN");
    }
}
