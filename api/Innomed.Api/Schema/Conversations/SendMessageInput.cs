namespace Innomed.Api.Schema.Conversations;

public sealed class SendMessageInput
{
    public string JourneyId { get; set; } = "";
    public string? StepId { get; set; }
    public string Text { get; set; } = "";
    public string? ClientMessageId { get; set; }
    public List<string>? AttachmentIds { get; set; }
}
