using Innomed.Grains.Journeys;
using Innomed.Grains.Triage;

namespace Innomed.Grains.Journeys;

/// <summary>Turns the questionnaire's questions into the shapes that leave the grain.</summary>
public static class TriageView
{
    public static TriageProgress Progress(JourneyState state, DateTimeOffset now)
    {
        var sheet = new JourneyWorkflow(state, now).TriageSheet();
        var next = state.Stage == JourneyStage.Triage ? TriageQuestionnaire.Next(sheet) : null;
        return new TriageProgress(next is null ? null : ToView(next), state.TriageAnswers.ToArray(),
            TriageQuestionnaire.Version, JourneyProjection.ToSnapshot(state));
    }

    public static TriageQuestionView ToView(TriageQuestion q) => new()
    {
        Code = q.Code,
        Kind = q.Kind switch
        {
            QuestionKind.YesNo => TriageQuestionKind.YesNo,
            QuestionKind.Number => TriageQuestionKind.Number,
            QuestionKind.Choice => TriageQuestionKind.Choice,
            QuestionKind.MultiChoice => TriageQuestionKind.MultiChoice,
            _ => TriageQuestionKind.FreeText,
        },
        TextFr = q.Text.Fr,
        TextEn = q.Text.En,
        HelpFr = q.Help?.Fr,
        HelpEn = q.Help?.En,
        Min = q.Range?.Min,
        Max = q.Range?.Max,
        Decimals = q.Range?.Decimals,
        UnitFr = q.Range?.Unit.Fr,
        UnitEn = q.Range?.Unit.En,
        Options = q.Options.Select(o => new TriageOptionView(o.Code, o.Label.Fr, o.Label.En)).ToArray(),
        AllowsUnknown = q.AllowsUnknown,
        IsRedFlag = q.IsRedFlag,
        MaxLength = q.MaxLength,
    };
}
