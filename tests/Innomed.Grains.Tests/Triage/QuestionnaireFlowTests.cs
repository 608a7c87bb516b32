using Innomed.Grains.Journeys;
using Innomed.Grains.Triage;
using Q = Innomed.Grains.Triage.QuestionCodes;

namespace Innomed.Grains.Tests.Triage;

[Trait("Category", "Unit")]
public sealed class QuestionnaireFlowTests
{
    private static IReadOnlyList<TriageAnswer> A(string spec) => TriageWalk.Parse(spec);

    private static string? NextCode(string spec) => TriageQuestionnaire.Next(A(spec))?.Code;

    [Fact]
    public void Given_NoAnswers_When_Starting_Then_AgeThenSexThenReason()
    {
        NextCode("").ShouldBe(Q.Age);
        NextCode("age=40").ShouldBe(Q.Sex);
        NextCode("age=40|sex=female").ShouldBe(Q.Reason);
    }

    [Fact]
    public void Given_ABaby_When_AgeIsZero_Then_AgeInMonthsIsAskedNext()
    {
        NextCode("age=0").ShouldBe(Q.AgeMonths);
        NextCode("age=1").ShouldBe(Q.AgeMonths);
        NextCode("age=2").ShouldBe(Q.Sex);
    }

    [Theory]
    [InlineData("age=30|sex=female", true)]
    [InlineData("age=30|sex=other", true)]
    [InlineData("age=55|sex=female", true)]
    [InlineData("age=30|sex=male", false)]
    [InlineData("age=8|sex=female", false)]
    [InlineData("age=70|sex=female", false)]
    public void Given_AgeAndSex_When_Walked_Then_PregnancyIsAskedOnlyWhenPossible(string who, bool asked)
    {
        var walk = TriageWalk.Run($"{who}|reason=Mal de gorge");

        walk.Asked.Contains(Q.Pregnancy).ShouldBe(asked);
    }

    [Fact]
    public void Given_PregnancyUnder20Weeks_When_Walked_Then_PreEclampsiaIsNotAskedButBleedingIs()
    {
        var walk = TriageWalk.Run("age=30|sex=female|reason=Rhume|pregnancy=pregnant|pregnancy_weeks=12");

        walk.Asked.ShouldContain(Q.PregnancyBleeding);
        walk.Asked.ShouldNotContain(Q.PregnancyHeadacheVision);
    }

    [Fact]
    public void Given_ChestPainInTheReason_When_ItIsConfirmed_Then_SweatingRadiationAndBreathlessnessFollow()
    {
        var walk = TriageWalk.Run("age=58|sex=male|reason=Douleur thoracique|chest_pain=yes|pain=4");

        walk.Asked.Take(8).ShouldBe(
            [Q.Age, Q.Sex, Q.Reason, Q.AlteredConsciousness, Q.ChestPain, Q.ChestSweating, Q.ChestRadiation, Q.Breathless],
            ignoreOrder: false,
            customMessage: string.Join(", ", walk.Asked.Take(8)));
    }

    [Fact]
    public void Given_ChestPainDenied_When_Walked_Then_SweatingAndRadiationAreNotAsked()
    {
        var walk = TriageWalk.Run("age=40|sex=male|reason=Toux|chest_pain=no");

        walk.Asked.ShouldNotContain(Q.ChestSweating);
        walk.Asked.ShouldNotContain(Q.ChestRadiation);
    }

    [Theory]
    [InlineData("Mal de tête depuis ce matin", Q.StrokeSigns)]
    [InlineData("Il a du mal à respirer", Q.BreathingDistress)]
    [InlineData("Boutons partout", Q.Purpura)]
    [InlineData("Urticaire après un médicament", Q.AnaphylaxisSigns)]
    [InlineData("Je me sens déprimé", Q.SuicidalIdeation)]
    [InlineData("Chute dans la rue", Q.HeadInjury)]
    [InlineData("Mal au ventre", Q.GiBleeding)]
    [InlineData("Brûlures urinaires", Q.FlankPain)]
    [InlineData("Mal de gorge", Q.CannotSwallow)]
    [InlineData("Fièvre", Q.SepsisSigns)]
    public void Given_AReason_When_Walked_Then_TheRedFlagItCallsForIsAsked(string reason, string redFlag)
    {
        TriageWalk.Run($"age=40|sex=male|reason={reason}").Asked.ShouldContain(redFlag);
    }

    [Fact]
    public void Given_AUrinaryComplaint_When_Walked_Then_UnrelatedRedFlagsAreNotAsked()
    {
        var asked = TriageWalk.Run("age=32|sex=female|reason=Brûlures en urinant").Asked;

        asked.ShouldNotContain(Q.ChestPain);
        asked.ShouldNotContain(Q.StrokeSigns);
        asked.ShouldNotContain(Q.SuicidalIdeation);
        asked.ShouldNotContain(Q.HeadInjury);
    }

    [Fact]
    public void Given_SuicidalIdeationDenied_When_Walked_Then_ThePlanIsNotAsked()
    {
        var asked = TriageWalk.Run("age=40|sex=male|reason=Angoisse|suicidal_ideation=no").Asked;

        asked.ShouldContain(Q.SuicidalIdeation);
        asked.ShouldNotContain(Q.SuicidalPlan);
    }

    [Fact]
    public void Given_HeadInjuryMentionedInAnotherCategory_When_Walked_Then_HeadInjuryIsStillAsked()
    {
        // The concept in the text reaches the question even if the top category is not trauma.
        TriageWalk.Run("age=40|sex=male|reason=Mal de tête, je me suis cogné la tête").Asked.ShouldContain(Q.HeadInjury);
    }

    [Fact]
    public void Given_ATextNotUnderstood_When_Walked_Then_TheCategoryIsAskedAndDrivesTheRedFlags()
    {
        var walk = TriageWalk.Run("age=40|sex=male|reason=Ça ne va pas du tout|category=neurological");

        walk.Asked.ShouldContain(Q.Category);
        walk.Asked.ShouldContain(Q.StrokeSigns);
    }

    [Fact]
    public void Given_ATextUnderstood_When_Walked_Then_TheCategoryIsNotAsked()
    {
        TriageWalk.Run("age=40|sex=male|reason=Mal de gorge").Asked.ShouldNotContain(Q.Category);
    }

    [Fact]
    public void Given_AFeverMeasuredLate_When_Walked_Then_PurpuraAndStiffNeckAreAskedAfterTheTemperature()
    {
        var asked = TriageWalk.Run("age=25|sex=male|reason=Mal au dos|temperature=38.6").Asked.ToList();

        asked.IndexOf(Q.Purpura).ShouldBeGreaterThan(asked.IndexOf(Q.Temperature));
        asked.IndexOf(Q.StiffNeck).ShouldBeGreaterThan(asked.IndexOf(Q.Temperature));
    }

    [Fact]
    public void Given_NoThermometer_When_Walked_Then_FeverishIsAsked()
    {
        TriageWalk.Run("age=40|sex=male|reason=Rhume|temperature=je ne sais pas").Asked.ShouldContain(Q.Feverish);
        TriageWalk.Run("age=40|sex=male|reason=Rhume|temperature=37.2").Asked.ShouldNotContain(Q.Feverish);
    }

    [Fact]
    public void Given_AnEmergencyAnswer_When_AskingNext_Then_TheQuestionnaireStopsAtOnce()
    {
        var answers = A("age=70|sex=male|reason=Bouche de travers|altered_consciousness=no|stroke_signs=yes");

        TriageQuestionnaire.Next(answers).ShouldBeNull();
        TriageEvaluator.Evaluate(answers).Level.ShouldBe(TriageLevel.Emergency);
    }

    [Theory]
    [InlineData("age=45|sex=female|reason=Fièvre et toux depuis 4 jours|temperature=38.9|duration=days_4_7|chronic_conditions=diabetes,lung_disease")]
    [InlineData("age=29|sex=female|reason=Mal au ventre|pregnancy=pregnant|pregnancy_weeks=24")]
    [InlineData("age=0|age_months=7|sex=male|reason=Diarrhée|temperature=38.1")]
    [InlineData("age=60|sex=male|reason=Chute, douleur au poignet|pain=6|cannot_use_limb=yes")]
    public void Given_APartialAnswerList_When_AskingNext_Then_ItContinuesWhereItStopped(string spec)
    {
        var full = TriageWalk.Run(spec);

        for (var k = 0; k < full.Answers.Count; k++)
            TriageQuestionnaire.Next(full.Answers.Take(k).ToArray())?.Code.ShouldBe(full.Asked[k], $"after {k} answers");
        TriageQuestionnaire.Next(full.Answers).ShouldBeNull();
    }

    [Fact]
    public void Given_ACorrectedAnswer_When_AskingNext_Then_TheLastAnswerWins()
    {
        // The patient first said 0 (a baby), then corrected to 40: no months question, no infant rules.
        var answers = A("age=0|age=40");

        TriageQuestionnaire.Next(answers)!.Code.ShouldBe(Q.Sex);
    }

    [Fact]
    public void Given_AnyAnswers_When_Walked_Then_EveryQuestionIsAskedAtMostOnceAndTheWalkEnds()
    {
        // Random answers from a fixed seed: whatever the patient says, the questionnaire terminates.
        var random = new Random(20250601);
        var reasons = new[] { "toux", "douleur thoracique", "chute", "fièvre", "angoisse", "brûlures urinaires", "boutons", "mal de gorge", "???" };
        for (var run = 0; run < 300; run++)
        {
            var answers = new List<TriageAnswer>();
            while (TriageQuestionnaire.Next(answers) is { } q)
            {
                answers.Count.ShouldBeLessThan(TriageQuestionnaire.Questions.Count);
                var raw = q.Kind switch
                {
                    QuestionKind.YesNo => new[] { "yes", "no", "no", "no", "unknown" }[random.Next(5)],
                    QuestionKind.Number => ((int)(q.Range!.Min + (q.Range.Max - q.Range.Min) * (decimal)random.NextDouble())).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    QuestionKind.Choice or QuestionKind.MultiChoice => q.Options[random.Next(q.Options.Count)].Code,
                    _ => reasons[random.Next(reasons.Length)],
                };
                var v = TriageQuestionnaire.Validate(q, raw);
                v.IsValid.ShouldBeTrue($"{q.Code}={raw}");
                answers.ShouldNotContain(a => a.Question == q.Code);
                answers.Add(new TriageAnswer(q.Code, v.Value!));
            }
            TriageEvaluator.Evaluate(answers).IsComplete.ShouldBeTrue();
        }
    }

    [Fact]
    public void Given_ABirthDate_When_Prefilled_Then_AgeAndMonthsForABabyAndTheChatbotSkipsThem()
    {
        var baby = TriagePrefill.FromBirthDate(new DateOnly(2025, 3, 20), new DateOnly(2025, 6, 1));
        var adult = TriagePrefill.FromBirthDate(new DateOnly(1990, 6, 2), new DateOnly(2025, 6, 1));

        baby.ShouldBe([new TriageAnswer(Q.Age, "0"), new TriageAnswer(Q.AgeMonths, "2")]);
        adult.ShouldBe([new TriageAnswer(Q.Age, "34")]);
        TriageQuestionnaire.Next(baby)!.Code.ShouldBe(Q.Sex);
    }
}
