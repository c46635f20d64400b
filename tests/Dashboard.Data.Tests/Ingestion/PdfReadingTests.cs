using Dashboard.Data.Ingestion;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Dashboard.Data.Tests.Ingestion;

public class PdfReadingTests
{
    private readonly DocumentFileReader _reader = new();

    [Fact]
    public void Chinese_text_layer_is_read_line_by_line()
    {
        var bytes = ChinesePdf.Write("关于加快发展新质生产力的实施意见", "为深入贯彻落实党中央决策部署，", "现提出以下意见。");

        var document = ReadAssert.Accepted(_reader.Read("意见.pdf", bytes));

        Assert.Equal("关于加快发展新质生产力的实施意见\n为深入贯彻落实党中央决策部署，\n现提出以下意见。", document.Text);
        Assert.Equal(DocumentFileFormat.Pdf, document.Format);
        Assert.Null(document.Encoding);
    }

    [Fact]
    public void Latin_text_layer_is_read_in_order_with_lines_separated()
    {
        var bytes = LatinPdf(["Policy notice", "Second line of the notice"], ["Page two"]);

        using var stream = new MemoryStream(bytes);
        Assert.Equal("Policy notice\nSecond line of the notice\nPage two", PdfTextExtractor.Extract(stream));
    }

    [Fact]
    public void Columns_are_read_one_after_the_other()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Left column first line", 12, new PdfPoint(72, 770), font);
        page.AddText("Right column first line", 12, new PdfPoint(320, 770), font);
        page.AddText("Left column second line", 12, new PdfPoint(72, 752), font);
        page.AddText("Right column second line", 12, new PdfPoint(320, 752), font);

        using var stream = new MemoryStream(builder.Build());
        Assert.Equal(
            "Left column first line\nLeft column second line\nRight column first line\nRight column second line",
            PdfTextExtractor.Extract(stream));
    }

    [Fact]
    public void Pdf_with_text_but_no_chinese_is_refused()
    {
        var bytes = LatinPdf(["Policy notice in English"]);

        ReadAssert.Refused(_reader.Read("english.pdf", bytes), ImportRefusalReason.NoChineseText, "import.refused.no-chinese");
    }

    [Fact]
    public void Pdf_without_a_text_layer_is_refused_as_a_scan()
    {
        var bytes = LatinPdf([]);

        var refusal = ReadAssert.Refused(_reader.Read("scan.pdf", bytes), ImportRefusalReason.NoTextLayer, "import.refused.no-text-layer");

        Assert.Equal("scan.pdf has no text layer: it is a scanned image; run OCR first.", refusal.Message);
    }

    [Fact]
    public void Truncated_pdf_is_refused_as_damaged()
    {
        var bytes = LatinPdf(["Policy notice"])[..40];

        ReadAssert.Refused(_reader.Read("broken.pdf", bytes), ImportRefusalReason.Unreadable, "import.refused.damaged");
    }

    [Fact]
    public void Text_named_pdf_is_refused_as_damaged()
    {
        var bytes = SampleTexts.Encode(SampleTexts.Simplified, "utf-8");

        ReadAssert.Refused(_reader.Read("notice.pdf", bytes), ImportRefusalReason.Unreadable, "import.refused.damaged");
    }

    [Fact]
    public void Word_document_named_pdf_says_what_it_really_is()
    {
        var bytes = DocxReadingTests.WordDocument(null, _ => { });

        var refusal = ReadAssert.Refused(_reader.Read("notice.pdf", bytes), ImportRefusalReason.Unreadable, "import.refused.wrong-content");

        Assert.Equal("notice.pdf is named .pdf but its content looks like a Word document (.docx).", refusal.Message);
    }

    /// <summary>A PDF with one page per array of lines, in Helvetica; a page with no lines has no text at all.</summary>
    private static byte[] LatinPdf(params string[][] pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages.DefaultIfEmpty([]))
        {
            var page = builder.AddPage(PageSize.A4);
            for (var i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], 12, new PdfPoint(72, 770 - (i * 18)), font);
            }
        }

        return builder.Build();
    }
}
