namespace Innomed.Api.Schema.Conversations;

/// <summary>A journey's conversation as a GraphQL object; its fields read the conversation grain.</summary>
public sealed record ConversationNode(Guid JourneyId);
