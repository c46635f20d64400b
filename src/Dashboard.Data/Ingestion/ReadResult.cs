namespace Dashboard.Data.Ingestion;

/// <summary>What reading a file gave: an <see cref="IncomingText"/> or an <see cref="ImportRefusal"/>.</summary>
/// <param name="FileName">The name or path the caller gave, used in messages.</param>
public abstract record ReadResult(string FileName);

/// <summary>A text ready for the pipeline.</summary>
/// <param name="Text">
/// The text. Plain text is exactly as decoded (byte-order mark removed, line ends untouched); HTML, .docx and .pdf
/// give one line per paragraph or block, separated by '\n'.
/// </param>
/// <param name="Encoding">
/// How the bytes were decoded: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be", "gb18030" or
/// "big5". Null when no bytes were decoded as text: .docx, .pdf and pasted text.
/// </param>
/// <param name="Title">The HTML page's article title, &lt;title&gt; or first &lt;h1&gt;; the .docx core title.</param>
/// <param name="SourceUrl">The HTML page's canonical link or og:url, when absolute.</param>
/// <param name="ByteCount">Size of the file; for pasted text, of its UTF-8 encoding.</param>
public sealed record IncomingText(
    string FileName,
    string Text,
    DocumentFileFormat Format,
    string? Encoding,
    string? Title,
    string? SourceUrl,
    long ByteCount) : ReadResult(FileName)
{
    /// <summary>Stray invalid bytes replaced while decoding, to tell the user; null when the bytes were clean.</summary>
    public DecodingRepair? Repair { get; init; }
}

/// <summary>
/// A file or text that was not imported. <see cref="MessageKey"/> names the message for translation (one key per
/// message template); <see cref="Message"/> is its English text with the file name and figures filled in.
/// </summary>
public sealed record ImportRefusal(string FileName, ImportRefusalReason Reason, string MessageKey, string Message)
    : ReadResult(FileName);
