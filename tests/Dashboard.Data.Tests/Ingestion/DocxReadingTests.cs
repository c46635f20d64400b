using System.IO.Compression;
using Dashboard.Data.Ingestion;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dashboard.Data.Tests.Ingestion;

public class DocxReadingTests
{
    private readonly DocumentFileReader _reader = new();

    [Fact]
    public void Paragraphs_and_table_cells_are_lines_and_the_core_title_is_kept()
    {
        var bytes = WordDocument(
            "东莞市加快发展新质生产力实施方案",
            body =>
            {
                body.Append(Paragraph("一、总体要求"));
                body.Append(Paragraph("坚持创新驱动，", "培育壮大战略性新兴产业。"));
                body.Append(new Paragraph());
                body.Append(new Table(
                    new TableRow(Cell("序号"), Cell("任务"), Cell("责任单位")),
                    new TableRow(Cell("1"), Cell("建设创新平台"), Cell("市科技局"))));
                body.Append(Paragraph("二、保障措施"));
            });

        var document = ReadAssert.Accepted(_reader.Read("方案.docx", bytes));

        Assert.Equal(
            "一、总体要求\n坚持创新驱动，培育壮大战略性新兴产业。\n序号\n任务\n责任单位\n1\n建设创新平台\n市科技局\n二、保障措施",
            document.Text);
        Assert.Equal("东莞市加快发展新质生产力实施方案", document.Title);
        Assert.Equal(DocumentFileFormat.Docx, document.Format);
        Assert.Null(document.Encoding);
    }

    [Fact]
    public void Tabs_and_line_breaks_inside_a_paragraph_are_kept_and_deleted_revisions_are_not()
    {
        var bytes = WordDocument(
            title: null,
            body => body.Append(new Paragraph(
                new Run(new Text("第一条"), new TabChar(), new Text("总则")),
                new DeletedRun(new Run(new DeletedText("已删除的文字"))),
                new Run(new Break(), new Text("第二条 适用范围") { Space = SpaceProcessingModeValues.Preserve }))));

        var document = ReadAssert.Accepted(_reader.Read("rules.docx", bytes));

        Assert.Equal("第一条\t总则\n第二条 适用范围", document.Text);
        Assert.Null(document.Title);
    }

    [Fact]
    public void Zip_archive_that_is_not_a_word_document_is_refused_as_damaged()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("不是文档");
        }

        ReadAssert.Refused(_reader.Read("fake.docx", buffer.ToArray()), ImportRefusalReason.Unreadable, "import.refused.damaged");
    }

    [Fact]
    public void Png_named_docx_says_what_it_really_is()
    {
        var refusal = ReadAssert.Refused(
            _reader.Read("scan.docx", BinaryRefusalTests.Png), ImportRefusalReason.Unreadable, "import.refused.wrong-content");

        Assert.Equal("scan.docx is named .docx but its content looks like a PNG image.", refusal.Message);
    }

    [Fact]
    public void Old_word_or_protected_file_named_docx_is_refused_with_what_to_do()
    {
        byte[] oleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var refusal = ReadAssert.Refused(
            _reader.Read("old.docx", oleHeader), ImportRefusalReason.Unreadable, "import.refused.protected-or-old-word");

        Assert.Contains("save it again as .docx", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_document_without_chinese_is_refused()
    {
        var bytes = WordDocument("Minutes", body => body.Append(Paragraph("Meeting minutes, in English only.")));

        ReadAssert.Refused(_reader.Read("minutes.docx", bytes), ImportRefusalReason.NoChineseText, "import.refused.no-chinese");
    }

    internal static byte[] WordDocument(string? title, Action<Body> fill)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            fill(body);
            document.AddMainDocumentPart().Document = new Document(body);
            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }
        }

        return buffer.ToArray();
    }

    private static Paragraph Paragraph(params string[] runs) =>
        new(runs.Select(text => new Run(new Text(text))));

    private static TableCell Cell(string text) => new(Paragraph(text));
}
