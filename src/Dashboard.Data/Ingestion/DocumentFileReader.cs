using System.Runtime.InteropServices;
using System.Text;
using UglyToad.PdfPig.Exceptions;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// Turns an uploaded or imported file (.txt or no extension, .html/.htm, .docx, .pdf), or pasted text, into text for
/// the pipeline, or into a refusal that tells the analyst why not. Never throws for bad input.
/// </summary>
public sealed class DocumentFileReader(ImportLimits limits)
{
    /// <summary>The name pasted text goes by in results and messages.</summary>
    public const string PastedTextName = "Pasted text";

    private const string WordDocument = "a Word document";
    private const string PdfDocument = "a PDF document";

    private readonly ImportLimits _limits = limits;

    public DocumentFileReader()
        : this(ImportLimits.Default)
    {
    }

    /// <summary>Reads a file from disk; its size is checked before it is read, so a huge file is never loaded.</summary>
    /// <param name="path">The path; results and messages name the file by it.</param>
    public ReadResult ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            return Refusals.FolderNotFile(path);
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return Refusals.NotFound(path);
        }

        var extension = SupportedFileTypes.ExtensionOf(path);
        if (!SupportedFileTypes.TryGetFormat(extension, out _))
        {
            return Refusals.Unsupported(path, extension);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = stream.Length;
            if (length > _limits.MaxFileBytes || length > Array.MaxLength)
            {
                return Refusals.TooLarge(path, length, _limits.MaxFileBytes);
            }

            var content = new byte[length];
            var read = stream.ReadAtLeast(content, content.Length, throwOnEndOfStream: false);
            return Read(path, content.AsMemory(0, read));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refusals.ReadFailed(path, ex.Message);
        }
    }

    /// <summary>Reads a file's content, uploaded or already in memory.</summary>
    /// <param name="fileName">The file's name (its extension decides the format); results and messages use it.</param>
    public ReadResult Read(string fileName, ReadOnlyMemory<byte> content)
    {
        var extension = SupportedFileTypes.ExtensionOf(fileName);
        if (!SupportedFileTypes.TryGetFormat(extension, out var format))
        {
            return Refusals.Unsupported(fileName, extension);
        }

        if (content.Length > _limits.MaxFileBytes)
        {
            return Refusals.TooLarge(fileName, content.Length, _limits.MaxFileBytes);
        }

        var result = format switch
        {
            DocumentFileFormat.Docx => ReadDocx(fileName, content),
            DocumentFileFormat.Pdf => ReadPdf(fileName, content),
            _ => ReadText(fileName, content.Span, format),
        };
        return result is IncomingText text ? Validate(text) : result;
    }

    /// <summary>Checks pasted text as a file's text is checked: size (in UTF-8), blank, Chinese.</summary>
    public ReadResult ReadPastedText(string text)
    {
        var byteCount = Encoding.UTF8.GetByteCount(text);
        if (byteCount > _limits.MaxFileBytes)
        {
            return Refusals.TooLarge(PastedTextName, byteCount, _limits.MaxFileBytes);
        }

        var incoming = new IncomingText(PastedTextName, text.TrimStart('\uFEFF'), DocumentFileFormat.PlainText,
            Encoding: null, Title: null, SourceUrl: null, byteCount);
        return Validate(incoming);
    }

    private ReadResult Validate(IncomingText text)
    {
        if (string.IsNullOrWhiteSpace(text.Text))
        {
            return Refusals.Empty(text.FileName);
        }

        return ChineseCharacters.HasAtLeast(text.Text, _limits.MinChineseCharacters)
            ? text
            : Refusals.NoChineseText(text.FileName, _limits.MinChineseCharacters);
    }

    private static ReadResult ReadText(string fileName, ReadOnlySpan<byte> content, DocumentFileFormat format)
    {
        if (FileSignatures.DescribeBinary(content) is { } lookalike)
        {
            return Refusals.LooksLikeBinary(fileName, lookalike);
        }

        if (!TextDecoder.TryDecode(content, HtmlCharsetDeclaration.Find(content), out var decoded, out var failure))
        {
            return failure == DecodingFailure.Binary ? Refusals.Binary(fileName) : Refusals.UnknownEncoding(fileName);
        }

        // The extension says what to expect; the content confirms it.
        var isHtml = format == DocumentFileFormat.Html
            ? HtmlSniffer.HasMarkup(decoded.Text)
            : HtmlSniffer.StartsAsHtmlDocument(decoded.Text);
        if (!isHtml)
        {
            return new IncomingText(fileName, decoded.Text, DocumentFileFormat.PlainText, decoded.EncodingName,
                Title: null, SourceUrl: null, content.Length) { Repair = decoded.Repair };
        }

        var page = HtmlTextExtractor.Extract(decoded.Text);
        return new IncomingText(fileName, page.Text, DocumentFileFormat.Html, decoded.EncodingName, page.Title,
            page.SourceUrl, content.Length) { Repair = decoded.Repair };
    }

    private static ReadResult ReadDocx(string fileName, ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (!FileSignatures.IsZip(bytes))
        {
            return FileSignatures.IsOleCompoundFile(bytes) ? Refusals.ProtectedOrOldWord(fileName)
                : FileSignatures.DescribeBinary(bytes) is { } lookalike ? Refusals.WrongContent(fileName, ".docx", lookalike)
                : Refusals.Damaged(fileName, WordDocument);
        }

        try
        {
            using var stream = AsStream(content);
            var document = DocxTextExtractor.Extract(stream);
            return new IncomingText(fileName, document.Text, DocumentFileFormat.Docx, Encoding: null,
                document.Title, SourceUrl: null, content.Length);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Untrusted input: whatever the package reader throws means this file cannot be read.
            return Refusals.Damaged(fileName, WordDocument);
        }
    }

    private static ReadResult ReadPdf(string fileName, ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (!FileSignatures.HasPdfHeader(bytes))
        {
            return FileSignatures.DescribeBinary(bytes) is { } lookalike
                ? Refusals.WrongContent(fileName, ".pdf", lookalike)
                : Refusals.Damaged(fileName, PdfDocument);
        }

        string text;
        try
        {
            using var stream = AsStream(content);
            text = PdfTextExtractor.Extract(stream);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Refusals.PasswordProtected(fileName);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Untrusted input: whatever the PDF parser throws means this file cannot be read.
            return Refusals.Damaged(fileName, PdfDocument);
        }

        return string.IsNullOrWhiteSpace(text)
            ? Refusals.NoTextLayer(fileName)
            : new IncomingText(fileName, text, DocumentFileFormat.Pdf, Encoding: null, Title: null, SourceUrl: null,
                content.Length);
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
