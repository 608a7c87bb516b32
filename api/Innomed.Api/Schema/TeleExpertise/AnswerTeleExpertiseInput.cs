namespace Innomed.Api.Schema.TeleExpertise;

public sealed class AnswerTeleExpertiseInput
{
    public string JourneyId { get; set; } = "";
    public string StepId { get; set; } = "";
    public string Answer { get; set; } = "";
    public List<DocumentReferenceInput>? Attachments { get; set; }
}
