using System.Globalization;
using System.Text;

namespace Innomed.Api.Documents;

/// <summary>
/// Renders a prescription as a small PDF (A4, Helvetica, one column, as many pages as needed), written
/// by hand: the PDF libraries in our registry are AGPL (PDFsharp) or read-first (PdfPig), and a
/// prescription needs nothing but lines of text. Text is WinAnsi (Latin-1: French accents work);
/// characters outside it print as '?'. The structured lines stay in the database: the PDF is for
/// printing and handing to a pharmacist, lab or nurse.
/// </summary>
public static class PrescriptionRenderer
{
    private const float PageWidth = 595f, PageHeight = 842f, Margin = 56f;
    private const int WrapAt = 88;
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Render(PrescriptionSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var lines = Layout(sheet);
        var pages = Paginate(lines);
        return Write(pages);
    }

    /// <summary>The document as lines (bold flag, size, text); public for tests and for a plain-text view.</summary>
    public static IReadOnlyList<(bool Bold, float Size, string Text)> Layout(PrescriptionSheet sheet)
    {
        var p = sheet.Prescription;
        var lines = new List<(bool, float, string)>
        {
            (true, 16, "ORDONNANCE"),
            (false, 10, Title(p.Category)),
            (false, 10, ""),
            (true, 11, sheet.PrescriberName),
            (false, 10, $"Identifiant : {sheet.PrescriberId}" + (sheet.PrescriberSpecialty is { Length: > 0 } s ? $" - {s}" : "")),
            (false, 10, ""),
            (false, 10, $"Le {sheet.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"),
            (true, 11, $"Patient : {sheet.PatientName}"),
            (false, 10, $"Né(e) le {sheet.PatientBirthDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"),
            (false, 10, ""),
        };
        for (var i = 0; i < p.Lines.Count; i++)
        {
            var line = p.Lines[i];
            foreach (var (part, first) in Wrap($"{i + 1}. {line.Text}", WrapAt).Select((t, k) => (t, k == 0)))
                lines.Add((first, 11, first ? part : "   " + part));
            var details = new[]
            {
                line.Dosage is { Length: > 0 } d ? $"Posologie : {d}" : null,
                line.Duration is { Length: > 0 } u ? $"Durée : {u}" : null,
                line.Quantity is { Length: > 0 } q ? $"Quantité : {q}" : null,
            }.OfType<string>();
            foreach (var detail in details)
                foreach (var part in Wrap(detail, WrapAt - 4)) lines.Add((false, 10, "    " + part));
            lines.Add((false, 6, ""));
        }
        if (p.Notes is { Length: > 0 } notes)
        {
            lines.Add((true, 10, "Remarques"));
            foreach (var paragraph in notes.Split('\n'))
                foreach (var part in Wrap(paragraph.TrimEnd('\r'), WrapAt)) lines.Add((false, 10, part));
        }
        lines.Add((false, 10, ""));
        lines.Add((false, 8, $"Établie avec Innomed - parcours {sheet.JourneyId:D}"));
        return lines;
    }

    private static string Title(PrescriptionCategory category) => category switch
    {
        PrescriptionCategory.Medication => "Prescription médicamenteuse",
        PrescriptionCategory.Laboratory => "Examens de biologie médicale",
        PrescriptionCategory.Imaging => "Examens d'imagerie",
        _ => "Soins infirmiers",
    };

    internal static IEnumerable<string> Wrap(string text, int width)
    {
        if (text.Length <= width)
        {
            yield return text;
            yield break;
        }
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            var rest = word;
            while (rest.Length > width)
            {
                if (line.Length > 0) { yield return line.ToString(); line.Clear(); }
                yield return rest[..width];
                rest = rest[width..];
            }
            if (line.Length > 0 && line.Length + 1 + rest.Length > width) { yield return line.ToString(); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(rest);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    private static List<List<(bool Bold, float Size, string Text, float Y)>> Paginate(IReadOnlyList<(bool Bold, float Size, string Text)> lines)
    {
        var pages = new List<List<(bool, float, string, float)>> { new() };
        var y = PageHeight - Margin;
        foreach (var (bold, size, text) in lines)
        {
            var height = size * 1.4f;
            if (y - height < Margin)
            {
                pages.Add([]);
                y = PageHeight - Margin;
            }
            y -= height;
            pages[^1].Add((bold, size, text, y));
        }
        return pages;
    }

    private static byte[] Write(List<List<(bool Bold, float Size, string Text, float Y)>> pages)
    {
        // Objects: 1 catalog, 2 page tree, 3 Helvetica, 4 Helvetica-Bold, then a page and its content per page.
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(" ", pages.Select((_, i) => $"{5 + 2 * i} 0 R"))}] /Count {pages.Count} >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"),
        };
        for (var i = 0; i < pages.Count; i++)
        {
            var content = new MemoryStream();
            foreach (var (bold, size, text, y) in pages[i])
            {
                if (text.Length == 0) continue;
                content.Write(Ascii(FormattableString.Invariant($"BT /{(bold ? "F2" : "F1")} {size:0.##} Tf 1 0 0 1 {Margin:0.##} {y:0.##} Tm (")));
                content.Write(Escape(text));
                content.Write(Ascii(") Tj ET\n"));
            }
            var stream = content.ToArray();
            objects.Add(Ascii(FormattableString.Invariant(
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth:0} {PageHeight:0}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>")));
            objects.Add([.. Ascii($"<< /Length {stream.Length} >>\nstream\n"), .. stream, .. Ascii("\nendstream")]);
        }

        var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
        var offsets = new long[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[i] = pdf.Position;
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string text) => Latin1.GetBytes(text);

    /// <summary>A PDF literal string in WinAnsi: backslash, parentheses escaped; outside Latin-1 → '?'.</summary>
    private static byte[] Escape(string text)
    {
        var bytes = new List<byte>(text.Length + 8);
        foreach (var c in text)
        {
            var b = c switch
            {
                '\u2019' => (byte)0x92, // typographic apostrophe, common in French text
                '\u20AC' => (byte)0x80, // euro sign
                _ when c <= '\u00FF' && !char.IsControl(c) => (byte)c,
                _ => (byte)'?',
            };
            if (b is (byte)'\\' or (byte)'(' or (byte)')') bytes.Add((byte)'\\');
            bytes.Add(b);
        }
        return [.. bytes];
    }
}
