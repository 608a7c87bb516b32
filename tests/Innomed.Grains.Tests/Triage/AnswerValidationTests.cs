using Innomed.Grains.Triage;
using Q = Innomed.Grains.Triage.QuestionCodes;

namespace Innomed.Grains.Tests.Triage;

[Trait("Category", "Unit")]
public sealed class AnswerValidationTests
{
    [Theory]
    [InlineData(Q.ChestPain, "Oui", "yes")]
    [InlineData(Q.ChestPain, " YES ", "yes")]
    [InlineData(Q.ChestPain, "non", "no")]
    [InlineData(Q.ChestPain, "false", "no")]
    [InlineData(Q.ChestPain, "Je ne sais pas", "unknown")]
    [InlineData(Q.ChestPain, "don't know", "unknown")]
    [InlineData(Q.Pain, "7", "7")]
    [InlineData(Q.Pain, "7/10", "7")]
    [InlineData(Q.Pain, "0", "0")]
    [InlineData(Q.Temperature, "38,5", "38.5")]
    [InlineData(Q.Temperature, "38.5 °C", "38.5")]
    [InlineData(Q.Temperature, "39°", "39")]
    [InlineData(Q.Temperature, "38.46", "38.5")]
    [InlineData(Q.Temperature, "pas mesurée", "unknown")]
    [InlineData(Q.Age, "42 ans", "42")]
    [InlineData(Q.Age, "0", "0")]
    [InlineData(Q.AgeMonths, "2 mois", "2")]
    [InlineData(Q.PregnancyWeeks, "12 SA", "12")]
    [InlineData(Q.Sex, "female", "female")]
    [InlineData(Q.Sex, "Femme", "female")]
    [InlineData(Q.Sex, "HOMME", "male")]
    [InlineData(Q.Sex, "2", "male")]
    [InlineData(Q.Pregnancy, "Enceinte", "pregnant")]
    [InlineData(Q.Duration, "4 à 7 jours", "days_4_7")]
    [InlineData(Q.Category, "mental_health", "mental_health")]
    [InlineData(Q.Treatments, "anticoagulants, chemotherapy", "chemotherapy,anticoagulants")]
    [InlineData(Q.Treatments, "Chimiothérapie (dans les 3 derniers mois) et Immunosuppresseur ou cortisone au long cours", "chemotherapy,immunosuppressants")]
    [InlineData(Q.ChronicConditions, "aucune", "none")]
    [InlineData(Q.ChronicConditions, "diabetes;diabetes", "diabetes")]
    [InlineData(Q.Reason, "  Toux   et\n fièvre ", "Toux et fièvre")]
    public void Given_AValidAnswer_When_Validated_Then_TheNormalisedValue(string code, string raw, string expected)
    {
        var result = TriageQuestionnaire.Validate(code, raw);

        result.IsValid.ShouldBeTrue(result.Error?.En);
        result.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(Q.ChestPain, "peut-être")]
    [InlineData(Q.Pain, "11")]
    [InlineData(Q.Pain, "-1")]
    [InlineData(Q.Pain, "7.5")]
    [InlineData(Q.Pain, "beaucoup")]
    [InlineData(Q.Pain, "je ne sais pas")]
    [InlineData(Q.Temperature, "101")]
    [InlineData(Q.Temperature, "29.9")]
    [InlineData(Q.Temperature, "38 kg")]
    [InlineData(Q.Age, "121")]
    [InlineData(Q.Age, "42.5")]
    [InlineData(Q.AgeMonths, "24")]
    [InlineData(Q.Sex, "robot")]
    [InlineData(Q.Duration, "7")]
    [InlineData(Q.Treatments, "none, anticoagulants")]
    [InlineData(Q.Treatments, "aspirine")]
    [InlineData(Q.Reason, "x")]
    [InlineData(Q.Reason, "")]
    [InlineData(Q.Reason, "   ")]
    [InlineData("no_such_question", "yes")]
    public void Given_AnInvalidAnswer_When_Validated_Then_RefusedWithAMessageInBothLanguages(string code, string raw)
    {
        var result = TriageQuestionnaire.Validate(code, raw);

        result.IsValid.ShouldBeFalse();
        result.Value.ShouldBeNull();
        result.Error!.Fr.ShouldNotBeNullOrWhiteSpace();
        result.Error.En.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Given_ATooLongReason_When_Validated_Then_Refused()
    {
        TriageQuestionnaire.Validate(Q.Reason, new string('a', 501)).IsValid.ShouldBeFalse();
        TriageQuestionnaire.Validate(Q.Reason, new string('a', 500)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Given_AnOutOfRangeNumber_When_Refused_Then_TheMessageGivesTheRangeAndUnit()
    {
        var error = TriageQuestionnaire.Validate(Q.Temperature, "101")!.Error!;

        error.Fr.ShouldContain("30–44 °C");
        error.En.ShouldContain("30–44 °C");
    }

    [Fact]
    public void Given_ARefusedChoice_When_Refused_Then_TheMessageListsTheOptions()
    {
        TriageQuestionnaire.Validate(Q.Sex, "robot").Error!.Fr.ShouldContain("Femme");
    }

    [Fact]
    public void Given_HandWrittenAnswers_When_Evaluated_Then_TheyReadLikeValidatedOnes()
    {
        var raw = TriageWalk.Parse("age=0|age_months=1 mois|sex=Femme|reason=fièvre|temperature=38,4 °C");
        var validated = TriageWalk.Parse("age=0|age_months=1|sex=female|reason=fièvre|temperature=38.4");

        TriageEvaluator.Evaluate(raw).Reasons.ShouldBe(TriageEvaluator.Evaluate(validated).Reasons);
    }

    [Theory]
    [InlineData("chest_pain=yes|sweating=oui", "E_ACS")]
    [InlineData("unconscious=yes", "E_CONSCIOUSNESS")]
    [InlineData("anaphylaxis=true", "E_ANAPHYLAXIS")]
    [InlineData("chemotherapy=yes|temperature=38.1|pain=0", "U_IMMUNOCOMPROMISED_FEVER")]
    [InlineData("anticoagulants=oui|reason=chute|head_injury=yes", "E_HEAD_INJURY_ANTICOAGULANT")]
    [InlineData("pregnant=yes|age=30|sex=female", "S_PREGNANCY")]
    public void Given_APlaceholderEraCode_When_Evaluated_Then_ItIsTranslatedNotIgnored(string spec, string rule)
    {
        TriageEvaluator.Evaluate(TriageWalk.Parse(spec)).Reasons.Select(r => r.Code).ShouldContain(rule);
    }

    [Fact]
    public void Given_AnAnswerToAnUnknownQuestion_When_Evaluated_Then_ItIsADoubtNamingTheCode()
    {
        var outcome = TriageEvaluator.Evaluate(TriageWalk.Parse("trauma=yes|pain=1"));

        outcome.Reasons.Single(r => r.Code == "DOUBT_UNKNOWN_QUESTION").Text.En.ShouldContain("trauma");
    }
}
