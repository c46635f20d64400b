using System.Globalization;
using System.Text;

namespace Dashboard.Data.Tests.Ingestion;

/// <summary>
/// Writes a one-page PDF whose text layer holds Chinese lines, without needing a Chinese font: the text is shown
/// with a non-embedded Type 0 font (as many government PDFs do with SimSun) and a ToUnicode map gives each glyph
/// its character. PdfPig's builder cannot do this without a CJK TrueType file, and none is installed here.
/// </summary>
internal static class ChinesePdf
{
    private const double FontSize = 12;
    private const double LineHeight = 18;

    public static byte[] Write(params string[] lines)
    {
        var characters = lines.SelectMany(line => line).Distinct().ToList();
        string GlyphCodes(string line) => string.Concat(line.Select(c => (characters.IndexOf(c) + 1).ToString("X4", CultureInfo.InvariantCulture)));

        var content = new StringBuilder("BT\n/F1 12 Tf\n72 770 Td\n");
        foreach (var line in lines)
        {
            content.Append(CultureInfo.InvariantCulture, $"<{GlyphCodes(line)}> Tj\n0 -{LineHeight} Td\n");
        }

        content.Append("ET\n");

        var toUnicode = new StringBuilder(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in characters.Select((c, i) => (c, i)).Chunk(100))
        {
            toUnicode.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (c, i) in chunk)
            {
                toUnicode.Append(CultureInfo.InvariantCulture, $"<{i + 1:X4}> <{(int)c:X4}>\n");
            }

            toUnicode.Append("endbfchar\n");
        }

        toUnicode.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");

        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
            Stream(content.ToString()),
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 /CIDToGIDMap /Identity >>",
            Stream(toUnicode.ToString()),
            "<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [-8 -145 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>",
        ];

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");

        // Everything above is ASCII, so string offsets are byte offsets.
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Stream(string data) =>
        $"<< /Length {data.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n{data}\nendstream";
}
