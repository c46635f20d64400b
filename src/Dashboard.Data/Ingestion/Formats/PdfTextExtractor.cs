using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// Reads a PDF's text layer, page by page: words grouped into blocks split at white gaps (columns, table cells), blocks
/// in reading order, one line of text per line on the page. Returns "" when no page has any text.
/// </summary>
internal static class PdfTextExtractor
{
    /// <exception cref="UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException">for a password-protected file.</exception>
    public static string Extract(Stream content)
    {
        using var document = PdfDocument.Open(content);
        var lines = new List<string>();
        foreach (var page in document.GetPages())
        {
            if (page.Letters.Count == 0)
            {
                continue;
            }

            var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters);
            // XY-cut splits the page at white gaps; Docstrum, which estimates spacing from the gaps between words, merges
            // the lines of Chinese text (one long "word" per line, for want of spaces) into one.
            var blocks = RecursiveXYCut.Instance.GetBlocks(words);
            foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
            {
                lines.AddRange(block.TextLines.Select(line => Join(line.Words)).Where(line => line.Length > 0));
            }
        }

        return string.Join('\n', lines);
    }

    // Latin words are separated by a space; Chinese characters are not, even when the PDF spaced them out.
    private static string Join(IReadOnlyList<Word> words)
    {
        var line = new StringBuilder();
        foreach (var word in words)
        {
            var text = word.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (line.Length > 0 && !(ChineseCharacters.IsSetWithoutSpaces(line[^1]) || ChineseCharacters.IsSetWithoutSpaces(text[0])))
            {
                line.Append(' ');
            }

            line.Append(text);
        }

        return line.ToString();
    }
}
