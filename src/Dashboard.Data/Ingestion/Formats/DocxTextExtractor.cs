using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dashboard.Data.Ingestion;

/// <summary>The text of a Word document and its title.</summary>
internal sealed record DocxText(string Text, string? Title);

/// <summary>
/// Reads a .docx: the main body's paragraphs, one line each, in document order (paragraphs in table cells and text
/// boxes included), and the core-properties title. Page headers, footers, footnotes, comments and deleted revisions
/// are left out.
/// </summary>
internal static class DocxTextExtractor
{
    /// <exception cref="OpenXmlPackageException">and other exceptions when the package is not a readable Word document.</exception>
    public static DocxText Extract(Stream content)
    {
        using var document = WordprocessingDocument.Open(content, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException("the package has no document body");

        var lines = body.Descendants<Paragraph>()
            .Where(paragraph => !paragraph.Ancestors<AlternateContentFallback>().Any())
            .Select(TextOf)
            .Where(line => !string.IsNullOrWhiteSpace(line));
        var title = document.PackageProperties.Title?.Trim();
        return new DocxText(string.Join('\n', lines), string.IsNullOrEmpty(title) ? null : title);
    }

    // A paragraph's own text: text boxes inside it are paragraphs of their own, read separately.
    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            var piece = element switch
            {
                Text run => run.Text,
                TabChar => "\t",
                Break or CarriageReturn => "\n",
                NoBreakHyphen => "-",
                _ => null,
            };
            if (piece is not null && element.Ancestors<Paragraph>().First() == paragraph
                && !element.Ancestors<AlternateContentFallback>().Any())
            {
                text.Append(piece);
            }
        }

        return text.ToString().Trim();
    }
}
