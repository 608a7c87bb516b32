using Innomed.Grains.Journeys;
using Innomed.Grains.Triage;

namespace Innomed.Grains.Tests.Triage;

[Trait("Category", "Unit")]
public sealed class TriageTableTests
{
    [Fact]
    public void Given_TheRuleTable_When_Read_Then_CodesAreUniqueAndEveryRuleHasFrenchAndEnglish()
    {
        var rules = ClinicalRules.Table.Append(ClinicalRules.NoRedFlag).ToArray();
        var codes = rules.Select(r => r.Code).Concat(DoubtChecks.Table.Select(d => d.Code)).ToArray();

        codes.ShouldBeUnique();
        foreach (var rule in rules)
        {
            rule.Explanation.Fr.ShouldNotBeNullOrWhiteSpace(rule.Code);
            rule.Explanation.En.ShouldNotBeNullOrWhiteSpace(rule.Code);
            rule.Explanation.Fr.ShouldNotBe(rule.Explanation.En, rule.Code);
        }
        foreach (var doubt in DoubtChecks.Table)
        {
            doubt.Explanation.Fr.ShouldNotBeNullOrWhiteSpace(doubt.Code);
            doubt.Explanation.En.ShouldNotBeNullOrWhiteSpace(doubt.Code);
        }
    }

    [Fact]
    public void Given_TheRuleTable_When_Read_Then_TheCodePrefixNamesTheLevelAndTheTableIsMostSevereFirst()
    {
        var prefix = new Dictionary<TriageLevel, string>
        {
            [TriageLevel.Emergency] = "E_", [TriageLevel.Urgent] = "U_", [TriageLevel.SemiUrgent] = "S_", [TriageLevel.NonUrgent] = "N_",
        };
        foreach (var rule in ClinicalRules.Table) rule.Code.ShouldStartWith(prefix[rule.Level]);
        ClinicalRules.Table.Select(r => r.Level).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void Given_EveryRule_When_Checked_Then_SomeVignettePinsIt()
    {
        // A rule no vignette exercises is a rule nobody has seen fire: review it or add the vignette.
        var fired = ClinicalVignettes.All
            .Select(v => v.Walked ? TriageWalk.Run(v.Answers).Outcome : TriageEvaluator.Evaluate(TriageWalk.Parse(v.Answers)))
            .SelectMany(o => o.Reasons.Select(r => r.Code))
            .ToHashSet();

        ClinicalRules.Table.Select(r => r.Code).Where(c => !fired.Contains(c)).ShouldBeEmpty();
    }

    [Fact]
    public void Given_TheQuestionnaire_When_Read_Then_CodesAreUniqueAndEveryTextExistsInBothLanguages()
    {
        var questions = TriageQuestionnaire.Questions;

        questions.Select(q => q.Code).ShouldBeUnique();
        TriageQuestionnaire.Version.ShouldNotBeNullOrWhiteSpace();
        foreach (var q in questions)
        {
            q.Text.Fr.ShouldNotBeNullOrWhiteSpace(q.Code);
            q.Text.En.ShouldNotBeNullOrWhiteSpace(q.Code);
            if (q.Kind == QuestionKind.Number) q.Range.ShouldNotBeNull(q.Code);
            if (q.Kind is QuestionKind.Choice or QuestionKind.MultiChoice)
            {
                q.Options.ShouldNotBeEmpty(q.Code);
                q.Options.Select(o => o.Code).ShouldBeUnique(q.Code);
                q.Options.ShouldAllBe(o => o.Label.Fr.Length > 0 && o.Label.En.Length > 0);
            }
        }
    }

    [Fact]
    public void Given_TheCategoryQuestion_When_Read_Then_ItOffersEveryCategory()
    {
        var options = TriageQuestionnaire.Find(QuestionCodes.Category)!.Options.Select(o => o.Code);

        options.ShouldBe(Enum.GetValues<SymptomCategory>().Select(SymptomCategoryCodes.Code), ignoreOrder: true);
    }

    [Fact]
    public void Given_AnOutcome_When_Formatted_Then_EachLineStartsWithItsCode()
    {
        var outcome = TriageEvaluator.Evaluate(TriageWalk.Parse("pain=9"));

        outcome.Lines(Language.Fr).ShouldAllBe(l => l.Contains(": ", StringComparison.Ordinal));
        outcome.Lines(Language.Fr)[0].ShouldStartWith("U_PAIN_SEVERE: Douleur intense");
        outcome.Lines(Language.En)[0].ShouldStartWith("U_PAIN_SEVERE: Severe pain");
        outcome.RaisedByDoubt.ShouldBeTrue();
        outcome.IsComplete.ShouldBeFalse();
        outcome.QuestionnaireVersion.ShouldBe(TriageQuestionnaire.Version);
    }

    [Fact]
    public void Given_ManyDoubts_When_Evaluated_Then_TheLevelGoesUpOneStepOnly()
    {
        // Unsure of a red flag, contradicted by the text, and incomplete: still one step, each reason listed.
        var outcome = TriageEvaluator.Evaluate(TriageWalk.Parse("age=40|sex=male|reason=douleur thoracique|chest_pain=no|breathless=unknown"));

        outcome.RuleLevel.ShouldBe(TriageLevel.NonUrgent);
        outcome.Level.ShouldBe(TriageLevel.SemiUrgent);
        outcome.Reasons.Where(r => r.IsDoubt).Select(r => r.Code)
            .ShouldBe(["DOUBT_INCOMPLETE", "DOUBT_UNSURE", "DOUBT_TEXT_CONTRADICTS_ANSWER"], ignoreOrder: true);
    }

    [Fact]
    public void Given_NoAnswers_When_Evaluated_Then_SemiUrgentForDoubtNeverNonUrgent()
    {
        var outcome = TriageEvaluator.Evaluate([]);

        outcome.Level.ShouldBe(TriageLevel.SemiUrgent);
        outcome.Reasons.Select(r => r.Code).ShouldContain("DOUBT_INCOMPLETE");
    }

    [Theory]
    [InlineData(TriageLevel.Emergency)]
    [InlineData(TriageLevel.Urgent)]
    [InlineData(TriageLevel.SemiUrgent)]
    [InlineData(TriageLevel.NonUrgent)]
    public void Given_ALevel_When_Named_Then_NameAndPatientAdviceInBothLanguages(TriageLevel level)
    {
        TriageLevelText.Name(level).Fr.ShouldNotBeNullOrWhiteSpace();
        TriageLevelText.Name(level).En.ShouldNotBeNullOrWhiteSpace();
        TriageLevelText.Advice(level).Fr.ShouldContain(level == TriageLevel.NonUrgent ? "116 117" : "15");
        TriageLevelText.Advice(level).En.ShouldContain(level == TriageLevel.NonUrgent ? "116 117" : "15");
    }
}
