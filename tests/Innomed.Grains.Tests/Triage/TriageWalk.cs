using Innomed.Grains.Journeys;
using Innomed.Grains.Triage;

namespace Innomed.Grains.Tests.Triage;

/// <summary>
/// Walks the questionnaire like the chatbot does: asks <c>Next</c>, answers from the vignette when it has
/// an answer and with the unremarkable default otherwise, validates each answer, until the questionnaire
/// is done. What the vignette says but the chatbot never asked is reported, so a red flag a vignette
/// relies on is proven to be asked, not merely evaluated.
/// </summary>
internal static class TriageWalk
{
    public sealed record Result(TriageOutcome Outcome, IReadOnlyList<string> Asked, IReadOnlyList<string> NeverAsked, IReadOnlyList<TriageAnswer> Answers);

    public static Result Run(string spec)
    {
        var given = Parse(spec).ToDictionary(a => a.Question, a => a.Value);
        var answers = new List<TriageAnswer>();
        var asked = new List<string>();
        while (TriageQuestionnaire.Next(answers) is { } question)
        {
            asked.ShouldNotContain(question.Code, "a question was asked twice");
            var raw = given.TryGetValue(question.Code, out var value) ? value : Default(question);
            var validation = TriageQuestionnaire.Validate(question, raw);
            validation.IsValid.ShouldBeTrue($"{question.Code} = '{raw}': {validation.Error?.En}");
            answers.Add(new TriageAnswer(question.Code, validation.Value!));
            asked.Add(question.Code);
        }
        return new Result(TriageEvaluator.Evaluate(answers), asked, given.Keys.Except(asked).ToArray(), answers);
    }

    /// <summary>"age=58|sex=male|reason=…" → answers, in order.</summary>
    public static IReadOnlyList<TriageAnswer> Parse(string spec) => spec
        .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split('=', 2))
        .Select(p => new TriageAnswer(p[0].Trim(), p[1].Trim()))
        .ToArray();

    private static string Default(TriageQuestion q) => q.Code switch
    {
        QuestionCodes.Age => "40",
        QuestionCodes.Sex => OptionCodes.Male,
        QuestionCodes.Category => SymptomCategoryCodes.Code(SymptomCategory.Other),
        QuestionCodes.Pregnancy => OptionCodes.NotPregnant,
        QuestionCodes.PregnancyWeeks => "12",
        QuestionCodes.Duration => OptionCodes.OneToThreeDays,
        QuestionCodes.Discomfort => OptionCodes.MildDiscomfort,
        QuestionCodes.Pain => "2",
        QuestionCodes.Temperature => "37",
        _ when q.Kind == QuestionKind.YesNo => QuestionCodes.No,
        _ when q.Kind == QuestionKind.MultiChoice => QuestionCodes.None,
        _ => throw new InvalidOperationException($"The vignette must answer '{q.Code}'."),
    };
}
