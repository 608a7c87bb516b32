namespace Innomed.Grains.Triage;

/// <summary>How a question is answered, hence how the chatbot renders it and how the answer is validated.</summary>
public enum QuestionKind
{
    YesNo,
    Number,
    Choice,
    /// <summary>Several options, or "none" alone: history and treatments are lists, one tap each.</summary>
    MultiChoice,
    FreeText,
}
