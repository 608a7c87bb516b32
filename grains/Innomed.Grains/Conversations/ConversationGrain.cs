using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Innomed.Grains.Conversations;

/// <summary>
/// A journey's conversation (key: the journey id). One activation takes one call at a time, so
/// sequences are gap-free and ordered; each change is written before it is acknowledged and published
/// after. The membership check reads the journey's current care team from its grain on every write.
/// </summary>
public sealed class ConversationGrain(
    [PersistentState("conversation", GrainServices.Storage)] IPersistentState<ConversationState> state,
    [FromKeyedServices(GrainServices.ClockKey)] TimeProvider clock,
    IConversationPublisher publisher,
    ILogger<ConversationGrain> logger) : Grain, IConversationGrain
{
    private ConversationState S => state.State;

    public async Task<ConversationMessage> SendAsync(SendMessage message, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(actor);
        var journey = await JourneyAsync();
        if (ConversationRules.Existing(S, actor.Id, message.ClientMessageId) is { } existing)
        {
            if (!CareTeam.IsParticipant(actor, journey))
                throw new ForbiddenException("Only the journey's care team takes part in its conversation.");
            return existing;
        }
        var created = ConversationRules.Validate(S, message, actor, journey, clock.GetUtcNow(), Guid.NewGuid());
        var previousReceipt = S.Receipts.GetValueOrDefault(actor.Id);
        ConversationRules.Append(S, created);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Restore what was there: memory never holds a message storage does not.
            S.Messages.RemoveAt(S.Messages.Count - 1);
            if (created.ClientMessageId is { } clientId) S.ClientMessageIds.Remove($"{actor.Id}\n{clientId}");
            if (previousReceipt is null) S.Receipts.Remove(actor.Id);
            else S.Receipts[actor.Id] = previousReceipt;
            throw;
        }
        logger.LogDebug("Conversation {JourneyId}: message {Sequence} stored", journey.Id, created.Sequence);
        publisher.Publish(new ConversationChange(journey.Id, created, null));
        publisher.Publish(new ConversationChange(journey.Id, null, S.Receipts[actor.Id]));
        return created;
    }

    public async Task<ReadReceipt> MarkReadAsync(long upToSequence, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var journey = await JourneyAsync();
        var receipt = ConversationRules.Read(S, upToSequence, actor, journey, clock.GetUtcNow());
        if (receipt is null)
            return S.Receipts.GetValueOrDefault(actor.Id) ?? new ReadReceipt(actor.Id, actor.Role, 0, clock.GetUtcNow());
        var previous = S.Receipts.GetValueOrDefault(actor.Id);
        S.Receipts[actor.Id] = receipt;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            if (previous is null) S.Receipts.Remove(actor.Id);
            else S.Receipts[actor.Id] = previous;
            throw;
        }
        publisher.Publish(new ConversationChange(journey.Id, null, receipt));
        return receipt;
    }

    public Task<ConversationPage> GetMessagesAsync(ConversationQuery query) =>
        Task.FromResult(ConversationRules.Page(S, query ?? new ConversationQuery()));

    public Task<IReadOnlyList<ReadReceipt>> GetReceiptsAsync() =>
        Task.FromResult<IReadOnlyList<ReadReceipt>>(S.Receipts.Values.OrderBy(r => r.ParticipantId, StringComparer.Ordinal).ToArray());

    private async Task<JourneySnapshot> JourneyAsync()
    {
        var id = this.GetPrimaryKey();
        return await GrainFactory.Get<IJourneyGrain>(id).GetAsync() ?? throw new NotFoundException("Journey", id.ToString());
    }
}
