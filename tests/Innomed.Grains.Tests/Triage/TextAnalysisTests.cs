using Innomed.Grains.Triage;

namespace Innomed.Grains.Tests.Triage;

[Trait("Category", "Unit")]
public sealed class TextAnalysisTests
{
    [Theory]
    [InlineData("Fièvre ÉLEVÉE", "fievre elevee")]
    [InlineData("Œdème, brûlure", "oedeme | brulure")]
    [InlineData("l'estomac", "l estomac")]
    [InlineData("I don't know", "i do not know")]
    [InlineData("e\u0301toile", "etoile")] // decomposed input: the combining accent is dropped
    public void Given_Text_When_Normalised_Then_LowerCaseWithoutAccentsAndWithSeparators(string text, string expected)
    {
        string.Join(' ', TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("essoufflé", "essoufflée", "essoufflés", "essoufflement")]
    [InlineData("saigne", "saigner", "saignait", "saignement")]
    [InlineData("douloureux", "douloureuse", "douloureuses", "douloureux")]
    [InlineData("toussait", "tousser", "tousse", "toussant")]
    [InlineData("gonflé", "gonflée", "gonflées", "gonflement")]
    [InlineData("bleeding", "bleeds", "bleed", "bleeding")]
    [InlineData("cough", "coughs", "coughing", "coughed")]
    [InlineData("allergy", "allergies", "allergie", "allergies")]
    [InlineData("genou", "genoux", "genou", "genoux")]
    public void Given_InflectionsOfOneWord_When_Stemmed_Then_TheyMeetOnOneStem(string a, string b, string c, string d)
    {
        static string S(string w) => LightStemmer.Stem(TextNormalizer.Simplify(w));
        var expected = S(a);

        new[] { S(b), S(c), S(d) }.ShouldAllBe(s => s == expected);
    }

    [Theory]
    [InlineData("toux", "tout")]   // cough is not "all"
    [InlineData("mal", "malaise")]
    [InlineData("nez", "net")]
    public void Given_DifferentWords_When_Stemmed_Then_TheyStayApart(string a, string b)
    {
        LightStemmer.Stem(a).ShouldNotBe(LightStemmer.Stem(b));
    }

    [Fact]
    public void Given_AShortWord_When_Stemmed_Then_Unchanged()
    {
        LightStemmer.Stem("avc").ShouldBe("avc");
        LightStemmer.Stem("uti").ShouldBe("uti");
    }

    [Fact]
    public void Given_ANegationCue_When_Tokenised_Then_TheNextThreeWordsOfTheClauseAreNegated()
    {
        var tokens = Tokenizer.Tokenize("pas de fièvre ni toux, douleur");

        tokens.Single(t => t.Word == "pas").IsNegationCue.ShouldBeTrue();
        tokens.Single(t => t.Word == "fievre").Negated.ShouldBeTrue();
        tokens.Single(t => t.Word == "toux").Negated.ShouldBeTrue();
        tokens.Single(t => t.Word == "douleur").Negated.ShouldBeFalse();
    }

    [Fact]
    public void Given_ALongSentenceAfterANegation_When_Tokenised_Then_TheScopeEndsAfterThreeWords()
    {
        var tokens = Tokenizer.Tokenize("sans fièvre hier soir toux grasse");

        tokens.Single(t => t.Word == "fievre").Negated.ShouldBeTrue();
        tokens.Single(t => t.Word == "toux").Negated.ShouldBeFalse();
    }
}
