namespace Innomed.Grains.Journeys;

/// <summary>How a triage question is answered, hence how a chatbot renders it.</summary>
public enum TriageQuestionKind
{
    YesNo,
    Number,
    Choice,
    MultiChoice,
    FreeText,
}
