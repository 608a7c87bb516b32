using Innomed.Api.Documents;
using Innomed.Grains.Errors;

namespace Innomed.Api.Tests.Documents;

[Trait("Category", "Unit")]
public sealed class DocumentNamingTests
{
    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\windows\\system32")]
    [InlineData("/etc/shadow")]
    [InlineData(".htaccess")]
    [InlineData("report\r\nSet-Cookie: x=1")]
    [InlineData("evil\u202Efdp.exe")]
    [InlineData("")]
    [InlineData("   ")]
    public void GivenANameThatIsAPathOrHidesSomething_WhenChecked_ThenItIsRefused(string name) =>
        Should.Throw<InvalidInputException>(() => DocumentLibrary.CheckName(name)).Field.ShouldBe("name");

    [Fact]
    public void GivenAVeryLongName_WhenChecked_ThenItIsRefused() =>
        Should.Throw<InvalidInputException>(() => DocumentLibrary.CheckName(new string('a', 201)));

    [Fact]
    public void GivenAnOrdinaryName_WhenChecked_ThenItIsKeptTrimmed() =>
        DocumentLibrary.CheckName("  Compte rendu échographie (2026).pdf ").ShouldBe("Compte rendu échographie (2026).pdf");

    [Theory]
    [InlineData("rapport.pdf", "attachment; filename=\"rapport.pdf\"; filename*=UTF-8''rapport.pdf")]
    [InlineData("écho \"x\"; y.pdf", "attachment; filename=\"_cho _x__ y.pdf\"; filename*=UTF-8''%C3%A9cho%20%22x%22%3B%20y.pdf")]
    public void GivenAName_WhenPutInContentDisposition_ThenNoCharacterEscapesTheHeaderSyntax(string name, string expected) =>
        DocumentEndpoints.ContentDisposition(name).ShouldBe(expected);

    [Theory]
    [InlineData("consultation_report", DocumentKind.ConsultationReport)]
    [InlineData("RESULT", DocumentKind.Result)]
    [InlineData("", DocumentKind.Other)]
    public void GivenAKindParameter_WhenParsed_ThenItMapsToTheKind(string text, DocumentKind kind) =>
        DocumentEndpoints.ParseKind(text).ShouldBe(kind);

    [Fact]
    public void GivenAnUnknownKind_WhenParsed_ThenItIsBadInput() =>
        Should.Throw<InvalidInputException>(() => DocumentEndpoints.ParseKind("SCRIPT")).Field.ShouldBe("kind");
}
