using Innomed.Grains.Triage;

namespace Innomed.Grains.Tests.Triage;

[Trait("Category", "Unit")]
public sealed class SymptomClassifierTests
{
    [Theory]
    [InlineData("J'ai une toux grasse depuis 3 jours", SymptomCategory.Respiratory)]
    [InlineData("Je suis ESSOUFFLÉE en montant l'escalier", SymptomCategory.Respiratory)]
    [InlineData("essoufflees", SymptomCategory.Respiratory)]
    [InlineData("Shortness of breath when walking", SymptomCategory.Respiratory)]
    [InlineData("crise d'asthme", SymptomCategory.Respiratory)]
    [InlineData("Douleurs thoraciques", SymptomCategory.Cardiovascular)]
    [InlineData("douleur intense à la poitrine", SymptomCategory.Cardiovascular)]
    [InlineData("Chest pain since this morning", SymptomCategory.Cardiovascular)]
    [InlineData("palpitations la nuit", SymptomCategory.Cardiovascular)]
    [InlineData("angine de poitrine", SymptomCategory.Cardiovascular)]
    [InlineData("Mal au ventre et vomissements", SymptomCategory.Digestive)]
    [InlineData("diarrhées depuis hier", SymptomCategory.Digestive)]
    [InlineData("Stomach ache and nausea", SymptomCategory.Digestive)]
    [InlineData("Mal de tête et vertiges", SymptomCategory.Neurological)]
    [InlineData("maux de tête", SymptomCategory.Neurological)]
    [InlineData("Bad headache and dizzy", SymptomCategory.Neurological)]
    [InlineData("Je me suis tordu la cheville", SymptomCategory.Trauma)]
    [InlineData("Fell off a ladder and hurt my wrist", SymptomCategory.Trauma)]
    [InlineData("plaie au genou", SymptomCategory.Trauma)]
    [InlineData("Des boutons qui grattent", SymptomCategory.Skin)]
    [InlineData("itchy rash on both arms", SymptomCategory.Skin)]
    [InlineData("boutons sur le ventre", SymptomCategory.Skin)]
    [InlineData("Brûlures urinaires", SymptomCategory.Urinary)]
    [InlineData("ça brûle quand j'urine", SymptomCategory.Urinary)]
    [InlineData("Burning when urinating", SymptomCategory.Urinary)]
    [InlineData("Je me sens très angoissé", SymptomCategory.MentalHealth)]
    [InlineData("anxiety and panic attacks", SymptomCategory.MentalHealth)]
    [InlineData("Mal de gorge", SymptomCategory.Ent)]
    [InlineData("angine", SymptomCategory.Ent)]
    [InlineData("Sore throat and earache", SymptomCategory.Ent)]
    [InlineData("Fièvre à 39", SymptomCategory.FeverInfection)]
    [InlineData("FIEVRE", SymptomCategory.FeverInfection)]
    [InlineData("fever and chills", SymptomCategory.FeverInfection)]
    [InlineData("Renouvellement d'ordonnance", SymptomCategory.Other)]
    [InlineData("repeat prescription please", SymptomCategory.Other)]
    [InlineData("blablabla", SymptomCategory.Other)]
    [InlineData("", SymptomCategory.Other)]
    public void Given_AComplaint_When_Classified_Then_TheExpectedCategory(string text, SymptomCategory expected)
    {
        var result = SymptomClassifier.Classify(text);

        result.Category.ShouldBe(expected, string.Join(", ", result.Terms.Select(t => t.Phrase)));
    }

    [Theory]
    [InlineData("Pas de fièvre, mais une toux sèche", SymptomCategory.Respiratory, "fièvre")]
    [InlineData("toux sans fièvre", SymptomCategory.Respiratory, "fièvre")]
    [InlineData("Je n'ai plus de fièvre, j'ai mal au ventre", SymptomCategory.Digestive, "fièvre")]
    [InlineData("pas de fièvre j'ai mal au ventre", SymptomCategory.Digestive, "fièvre")]
    [InlineData("No fever, sore throat", SymptomCategory.Ent, "fever")]
    [InlineData("Cough, denies chest pain", SymptomCategory.Respiratory, "chest pain")]
    [InlineData("I don't have a headache, my knee hurts", SymptomCategory.Trauma, "headache")]
    [InlineData("sans douleur thoracique ni essoufflement, des palpitations", SymptomCategory.Cardiovascular, "douleur thoracique")]
    [InlineData("no history of chest pain, itchy rash", SymptomCategory.Skin, "chest pain")]
    public void Given_ANegatedSymptom_When_Classified_Then_ItDoesNotCount(string text, SymptomCategory expected, string negated)
    {
        var result = SymptomClassifier.Classify(text);

        result.Category.ShouldBe(expected);
        result.NegatedTerms.Select(t => t.Phrase).ShouldContain(negated);
        result.Terms.Select(t => t.Phrase).ShouldNotContain(negated);
    }

    [Theory]
    [InlineData("de plus en plus essoufflé", "essoufflé")]          // "plus" without "ne" is "more", not a negation
    [InlineData("Pas de fièvre. Douleur thoracique", "douleur thoracique")] // a sentence ends the scope
    [InlineData("pas de toux mais des frissons", "frissons")]       // "mais" ends the scope
    [InlineData("Je n'arrive pas à respirer", "arrive pas à respirer")] // the negation is the symptom
    [InlineData("I can't breathe", "can't breathe")]
    public void Given_AWordThatLooksLikeANegation_When_Classified_Then_TheSymptomStillCounts(string text, string affirmed)
    {
        SymptomClassifier.Classify(text).Terms.Select(t => t.Phrase).ShouldContain(affirmed);
    }

    [Theory]
    [InlineData("douleur thoracique", QuestionCodes.ChestPain)]
    [InlineData("Il a la bouche de travers", QuestionCodes.StrokeSigns)]
    [InlineData("des taches violacées", QuestionCodes.Purpura)]
    [InlineData("j'ai des idées suicidaires", QuestionCodes.SuicidalIdeation)]
    [InlineData("lèvres gonflées après une piqûre", QuestionCodes.AnaphylaxisSigns)]
    [InlineData("hit my head on the door", QuestionCodes.HeadInjury)]
    [InlineData("vomiting blood", QuestionCodes.GiBleeding)]
    public void Given_ARedFlagPhrase_When_Classified_Then_ItsConceptIsReported(string text, string concept)
    {
        SymptomClassifier.Classify(text).Concepts.ShouldContain(concept);
    }

    [Fact]
    public void Given_ANegatedRedFlagPhrase_When_Classified_Then_NoConcept()
    {
        SymptomClassifier.Classify("pas de douleur thoracique").Concepts.ShouldBeEmpty();
    }

    [Fact]
    public void Given_TwoComplaints_When_Classified_Then_EveryCategoryIsReportedAndTheWordierWins()
    {
        var result = SymptomClassifier.Classify("Toux, fièvre et douleur thoracique");

        result.Category.ShouldBe(SymptomCategory.Cardiovascular);
        result.Categories.ShouldBe([SymptomCategory.Respiratory, SymptomCategory.FeverInfection, SymptomCategory.Cardiovascular], ignoreOrder: true);
    }

    [Fact]
    public void Given_ATie_When_Classified_Then_TheMoreDangerousCategoryWins()
    {
        // One symptom word each: the category whose red flags are worse to miss is chosen.
        SymptomClassifier.Classify("toux et fièvre").Category.ShouldBe(SymptomCategory.Respiratory);
    }

    [Fact]
    public void Given_OnlyNegatedTerms_When_Classified_Then_NotUnderstood()
    {
        var result = SymptomClassifier.Classify("pas de fièvre");

        result.IsUnderstood.ShouldBeFalse();
        result.Category.ShouldBe(SymptomCategory.Other);
    }

    [Fact]
    public void Given_TheSameText_When_ClassifiedTwice_Then_TheSameAnswer()
    {
        var a = SymptomClassifier.Classify("Mal de gorge et fièvre depuis hier, pas de toux");
        var b = SymptomClassifier.Classify("Mal de gorge et fièvre depuis hier, pas de toux");

        a.Category.ShouldBe(b.Category);
        a.Terms.ShouldBe(b.Terms);
    }

    [Fact]
    public void Given_TheLexicon_When_Loaded_Then_EveryPhraseHasStemsAndEveryConceptIsAYesNoQuestion()
    {
        foreach (var entry in SymptomLexicon.Entries)
        {
            entry.Stems.ShouldNotBeEmpty(entry.Phrase);
            if (entry.Concept is null) continue;
            var question = TriageQuestionnaire.Find(entry.Concept);
            question.ShouldNotBeNull(entry.Phrase);
            question.Kind.ShouldBe(QuestionKind.YesNo, entry.Phrase);
        }
    }
}
