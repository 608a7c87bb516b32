namespace Innomed.Grains.Triage;

/// <summary>
/// One question of the triage questionnaire. <see cref="AskWhen"/> decides, from the answers so far,
/// whether it applies; the questionnaire asks the first applicable unanswered question in table order.
/// </summary>
public sealed record TriageQuestion(string Code, QuestionKind Kind, LocalizedText Text, Func<AnswerSheet, bool> AskWhen)
{
    public LocalizedText? Help { get; init; }
    public NumberRange? Range { get; init; }
    public IReadOnlyList<TriageOption> Options { get; init; } = [];

    /// <summary>"Don't know" is a valid answer (yes/no questions, the temperature); it counts as doubt where it matters.</summary>
    public bool AllowsUnknown { get; init; }

    public int MaxLength { get; init; } = 500;

    /// <summary>A question whose "yes" alone can raise the level; "don't know" to it is a reason for doubt.</summary>
    public bool IsRedFlag { get; init; }
}
