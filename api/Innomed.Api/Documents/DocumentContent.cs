using System.Text;

namespace Innomed.Api.Documents;

/// <summary>
/// Recognises what a file is from its first bytes, never from its name or what the client declares:
/// PDF, PNG, JPEG, or UTF-8 plain text. Anything else (HTML, SVG, scripts, archives, executables) is
/// refused, so nothing stored can run in a browser that opens it.
/// </summary>
public static class DocumentContent
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string PlainText = "text/plain";

    public static readonly IReadOnlyList<string> Accepted = [Pdf, Png, Jpeg, PlainText];

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The recognised media type, or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PdfMagic)) return Pdf;
        if (content.StartsWith(PngMagic)) return Png;
        if (content.StartsWith(JpegMagic)) return Jpeg;
        return IsPlainText(content) ? PlainText : null;
    }

    /// <summary>The declared media type without parameters, lower case (<c>text/plain; charset=utf-8</c> → <c>text/plain</c>).</summary>
    public static string? Normalise(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared)) return null;
        var semicolon = declared.IndexOf(';');
        var bare = (semicolon < 0 ? declared : declared[..semicolon]).Trim().ToLowerInvariant();
        return bare == "image/jpg" ? Jpeg : bare;
    }

    /// <summary>
    /// Checks the content against the declared type: it must be one we accept and what the bytes are.
    /// Returns the media type to store; throws <see cref="DocumentRejectedException"/> otherwise.
    /// </summary>
    public static string Check(string? declared, ReadOnlySpan<byte> content)
    {
        var type = Normalise(declared);
        if (type is null || !Accepted.Contains(type))
            throw new DocumentRejectedException(DocumentRejectedException.UnsupportedType,
                $"Accepted types: {string.Join(", ", Accepted)}.");
        if (content.IsEmpty) throw new DocumentRejectedException(DocumentRejectedException.Empty, "The file is empty.");
        var actual = Sniff(content);
        if (actual != type)
            throw new DocumentRejectedException(DocumentRejectedException.ContentMismatch,
                actual is null
                    ? $"The content is not a {type} file."
                    : $"The content is {actual}, not {type} as declared.");
        return type;
    }

    /// <summary>Valid UTF-8 (an optional BOM), no NUL, no control characters but tab, line feed, form feed and carriage return.</summary>
    private static bool IsPlainText(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) content = content[3..];
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (ArgumentException)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' or '\f') continue;
            if (char.IsControl(c)) return false;
        }
        // Markup would be rendered by a browser that ignored our headers: not plain text for us.
        var start = text.TrimStart();
        return !start.StartsWith('<');
    }
}
