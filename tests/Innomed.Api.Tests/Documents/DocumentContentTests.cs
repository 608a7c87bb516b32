using System.Text;
using Innomed.Api.Documents;

namespace Innomed.Api.Tests.Documents;

[Trait("Category", "Unit")]
public sealed class DocumentContentTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F'];
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("Compte rendu : échographie normale.\r\n\tRAS\n");

    public static TheoryData<byte[], string> Recognised() => new()
    {
        { Pdf, "application/pdf" }, { Png, "image/png" }, { Jpeg, "image/jpeg" }, { Text, "text/plain" },
        { [0xEF, 0xBB, 0xBF, .. Text], "text/plain" },
    };

    [Theory]
    [MemberData(nameof(Recognised))]
    public void GivenAFileOfAnAcceptedType_WhenSniffed_ThenItsTypeComesFromItsBytes(byte[] content, string type)
    {
        DocumentContent.Sniff(content).ShouldBe(type);
        DocumentContent.Check(type, content).ShouldBe(type);
        DocumentContent.Check(type.ToUpperInvariant() + "; charset=utf-8", content).ShouldBe(type);
    }

    public static TheoryData<string, byte[]> Refused() => new()
    {
        { "html", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>") },
        { "svg", Encoding.UTF8.GetBytes("  <svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>") },
        { "NUL in text", Encoding.UTF8.GetBytes("abc\0def") },
        { "escape sequence", Encoding.UTF8.GetBytes("abc\u001b[31mdef") },
        { "invalid UTF-8", [0x41, 0xC3, 0x28, 0x42] },
        { "zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0] },
        { "executable", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0, 0, 0] },
        { "gif", Encoding.ASCII.GetBytes("GIF89a\x01\x00") },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void GivenAFileOfAnotherKind_WhenSniffed_ThenItIsNotRecognised(string what, byte[] content)
    {
        DocumentContent.Sniff(content).ShouldBeNull(what);
        foreach (var declared in DocumentContent.Accepted)
            Should.Throw<DocumentRejectedException>(() => DocumentContent.Check(declared, content)).Code
                .ShouldBe(DocumentRejectedException.ContentMismatch, what);
    }

    [Theory]
    [InlineData("application/pdf", "image/png")]
    [InlineData("image/png", "application/pdf")]
    [InlineData("text/plain", "application/pdf")]
    [InlineData("image/jpeg", "image/png")]
    public void GivenADeclaredTypeThatLies_WhenChecked_ThenItIsAMismatch(string declared, string actual)
    {
        var content = actual switch { "image/png" => Png, "application/pdf" => Pdf, _ => Jpeg };
        var error = Should.Throw<DocumentRejectedException>(() => DocumentContent.Check(declared, content));
        error.Code.ShouldBe(DocumentRejectedException.ContentMismatch);
        error.Message.ShouldContain(actual);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("image/svg+xml")]
    [InlineData("application/octet-stream")]
    [InlineData("")]
    [InlineData(null)]
    public void GivenATypeWeDoNotStore_WhenChecked_ThenItIsUnsupported(string? declared) =>
        Should.Throw<DocumentRejectedException>(() => DocumentContent.Check(declared, Text)).Code
            .ShouldBe(DocumentRejectedException.UnsupportedType);

    [Fact]
    public void GivenAnEmptyBody_WhenChecked_ThenItIsRefusedAsEmpty() =>
        Should.Throw<DocumentRejectedException>(() => DocumentContent.Check("text/plain", [])).Code.ShouldBe(DocumentRejectedException.Empty);

    [Fact]
    public void GivenTheLegacyJpgAlias_WhenNormalised_ThenItIsJpeg() =>
        DocumentContent.Check("image/jpg", Jpeg).ShouldBe("image/jpeg");
}
