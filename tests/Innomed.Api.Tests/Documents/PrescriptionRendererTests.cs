using System.Text;
using System.Text.RegularExpressions;
using Innomed.Api.Documents;

namespace Innomed.Api.Tests.Documents;

[Trait("Category", "Unit")]
public sealed partial class PrescriptionRendererTests
{
    private static PrescriptionSheet Sheet(int lines = 2, string? notes = "À prendre pendant les repas (important)") => new(
        "Dr Claire Martin", "10000000001", null, "Louise Durand", new DateOnly(1962, 5, 14), new DateOnly(2026, 11, 23), Guid.NewGuid(),
        new Prescription(PrescriptionCategory.Medication,
            Enumerable.Range(1, lines).Select(i => new PrescriptionLine($"Médicament n°{i} 500 mg", "1 comprimé matin et soir", "7 jours", "1 boîte")).ToArray(),
            notes, "10000000001"));

    [Fact]
    public void GivenAPrescription_WhenRendered_ThenItIsAPdfWhoseCrossReferenceTablePointsAtEachObject()
    {
        var pdf = PrescriptionRenderer.Render(Sheet());
        var text = Encoding.Latin1.GetString(pdf);

        DocumentContent.Sniff(pdf).ShouldBe(DocumentContent.Pdf);
        text.ShouldEndWith("%%EOF\n");
        var startxref = long.Parse(StartXref().Match(text).Groups[1].Value);
        text[(int)startxref..].ShouldStartWith("xref\n");
        var offsets = Offset().Matches(text[(int)startxref..]).Select(m => int.Parse(m.Groups[1].Value)).ToArray();
        offsets.Length.ShouldBeGreaterThanOrEqualTo(6);
        for (var i = 0; i < offsets.Length; i++) text[offsets[i]..].ShouldStartWith($"{i + 1} 0 obj\n");
    }

    [Fact]
    public void GivenFrenchTextWithParentheses_WhenRendered_ThenItIsLatin1AndEscaped()
    {
        var pdf = PrescriptionRenderer.Render(Sheet());
        var text = Encoding.Latin1.GetString(pdf);

        text.ShouldContain("(1. M\u00e9dicament n\u00b01 500 mg) Tj");
        text.ShouldContain("Posologie : 1 comprim\u00e9 matin et soir");
        text.ShouldContain("(\u00c0 prendre pendant les repas \\(important\\)) Tj");
        text.ShouldContain("Patient : Louise Durand");
        text.ShouldContain("14/05/1962");
    }

    [Fact]
    public void GivenThirtyLongLines_WhenRendered_ThenTheyFlowOntoSeveralPagesAndNoneIsLost()
    {
        var sheet = Sheet(30, string.Join(' ', Enumerable.Repeat("surveillance", 80)));
        var pdf = Encoding.Latin1.GetString(PrescriptionRenderer.Render(sheet));

        int.Parse(PageCount().Match(pdf).Groups[1].Value).ShouldBeGreaterThan(1);
        for (var i = 1; i <= 30; i++) pdf.ShouldContain($"({i}. M\u00e9dicament n\u00b0{i} 500 mg) Tj");
    }

    [Fact]
    public void GivenCharactersOutsideLatin1_WhenRendered_ThenTheyPrintAsQuestionMarksNotAsBrokenBytes()
    {
        var sheet = Sheet() with { PatientName = "Łukasz 王" };
        Encoding.Latin1.GetString(PrescriptionRenderer.Render(sheet)).ShouldContain("(Patient : ?ukasz ?) Tj");
    }

    [Fact]
    public void GivenAWordLongerThanALine_WhenWrapped_ThenItIsCutAndNothingIsDropped()
    {
        var parts = PrescriptionRenderer.Wrap("a " + new string('x', 200) + " b", 88).ToArray();
        string.Concat(parts).Replace(" ", "").ShouldBe("a" + new string('x', 200) + "b");
        parts.ShouldAllBe(p => p.Length <= 88);
    }

    [GeneratedRegex(@"startxref\n(\d+)\n")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) 00000 n ")]
    private static partial Regex Offset();

    [GeneratedRegex(@"/Type /Pages /Kids \[[^\]]*\] /Count (\d+)")]
    private static partial Regex PageCount();
}
