using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;

namespace Innomed.Grains.Conversations;

/// <summary>The conversation's rules, without Orleans: validation, idempotency, paging, read positions.</summary>
public static class ConversationRules
{
    public const int MaxTextLength = 4000;
    public const int MaxAttachments = SendMessage.MaxAttachments;
    public const int MaxClientMessageIdLength = 64;

    /// <summary>A journey's conversation is bounded; beyond this the journey needs a new one (or a phone call).</summary>
    public const int MaxMessages = 10_000;

    /// <summary>The message already sent under this client id by this sender, if any.</summary>
    public static ConversationMessage? Existing(ConversationState state, string senderId, string? clientMessageId) =>
        clientMessageId is not null && state.ClientMessageIds.TryGetValue(Key(senderId, clientMessageId), out var sequence)
            ? state.Messages[(int)(sequence - 1)]
            : null;

    /// <summary>Checks the message against the journey and the sender, and returns it numbered; the state is not touched.</summary>
    public static ConversationMessage Validate(ConversationState state, SendMessage message, Actor actor, JourneySnapshot journey,
        DateTimeOffset now, Guid messageId)
    {
        if (!CareTeam.IsParticipant(actor, journey))
            throw new ForbiddenException("Only the journey's care team takes part in its conversation.");
        var text = message.Text?.Trim() ?? "";
        if (text.Length == 0) throw new InvalidInputException("text", "A message needs some text.");
        if (text.Length > MaxTextLength) throw new InvalidInputException("text", $"At most {MaxTextLength} characters.");
        if (message.ClientMessageId is { } clientId && (clientId.Length is 0 or > MaxClientMessageIdLength || clientId.Any(char.IsControl)))
            throw new InvalidInputException("clientMessageId", $"1 to {MaxClientMessageIdLength} printable characters.");
        if (message.Attachments.Count > MaxAttachments)
            throw new InvalidInputException("attachmentIds", $"At most {MaxAttachments} attachments per message.");
        if (message.Attachments.Distinct().Count() != message.Attachments.Count)
            throw new InvalidInputException("attachmentIds", "An attachment is listed twice.");
        if (message.StepId is { } stepId && journey.FindStep(stepId) is null)
            throw new NotFoundException("Step", stepId.ToString());
        if (state.Messages.Count >= MaxMessages)
            throw new InvalidInputException("journeyId", $"This conversation has reached {MaxMessages} messages.");
        return new ConversationMessage
        {
            Sequence = state.LastSequence + 1,
            Id = messageId,
            JourneyId = journey.Id,
            StepId = message.StepId,
            SenderId = actor.Id,
            SenderRole = actor.Role,
            Text = text,
            Attachments = message.Attachments.ToArray(),
            ClientMessageId = message.ClientMessageId,
            SentAt = now,
        };
    }

    public static void Append(ConversationState state, ConversationMessage message)
    {
        state.Messages.Add(message);
        if (message.ClientMessageId is { } clientId) state.ClientMessageIds[Key(message.SenderId, clientId)] = message.Sequence;
        // Sending implies having read everything up to one's own message.
        state.Receipts[message.SenderId] = new ReadReceipt(message.SenderId, message.SenderRole, message.Sequence, message.SentAt);
    }

    /// <summary>The new read position, or null when it would not move forward (nothing to persist).</summary>
    public static ReadReceipt? Read(ConversationState state, long upToSequence, Actor actor, JourneySnapshot journey, DateTimeOffset now)
    {
        if (!CareTeam.IsParticipant(actor, journey))
            throw new ForbiddenException("Only the journey's care team takes part in its conversation.");
        if (upToSequence < 0) throw new InvalidInputException("upToSequence", "Cannot be negative.");
        var upTo = Math.Min(upToSequence, state.LastSequence);
        var current = state.Receipts.GetValueOrDefault(actor.Id);
        if (current is not null && current.LastReadSequence >= upTo) return null;
        return new ReadReceipt(actor.Id, actor.Role, upTo, now);
    }

    public static ConversationPage Page(ConversationState state, ConversationQuery query)
    {
        if (query.Limit is < 1 or > ConversationQuery.MaxLimit)
            throw new InvalidInputException("first", $"Between 1 and {ConversationQuery.MaxLimit}.");
        if (query.After is < 0 || query.Before is < 0) throw new InvalidInputException("after", "Cursors cannot be negative.");
        if (query.After is not null && query.Before is not null)
            throw new InvalidInputException("before", "Give after or before, not both.");
        IEnumerable<ConversationMessage> thread = query.StepId is { } stepId
            ? state.Messages.Where(m => m.StepId == stepId)
            : state.Messages;
        ConversationMessage[] page;
        bool hasOlder, hasNewer;
        if (query.After is { } after)
        {
            var newer = thread.Where(m => m.Sequence > after).Take(query.Limit + 1).ToArray();
            page = newer.Take(query.Limit).ToArray();
            hasNewer = newer.Length > query.Limit;
            hasOlder = thread.Any(m => m.Sequence <= after);
        }
        else
        {
            var before = query.Before ?? long.MaxValue;
            var older = thread.Where(m => m.Sequence < before).Reverse().Take(query.Limit + 1).ToArray();
            page = older.Take(query.Limit).Reverse().ToArray();
            hasOlder = older.Length > query.Limit;
            hasNewer = query.Before is not null && thread.Any(m => m.Sequence >= before);
        }
        return new ConversationPage(page, hasOlder, hasNewer, state.LastSequence);
    }

    private static string Key(string senderId, string clientMessageId) => $"{senderId}\n{clientMessageId}";
}
