namespace Innomed.Api.Schema.Conversations;

public sealed class MarkConversationReadInput
{
    public string JourneyId { get; set; } = "";
    public int UpToSequence { get; set; }
}
