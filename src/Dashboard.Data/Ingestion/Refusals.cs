using System.Globalization;

namespace Dashboard.Data.Ingestion;

/// <summary>Every refusal the importer gives, with its stable message key and its English message.</summary>
internal static class Refusals
{
    private const double BytesPerMegabyte = 1024 * 1024;

    public static ImportRefusal NotFound(string path) =>
        Refuse(path, ImportRefusalReason.NotFound, "import.refused.not-found", $"{path} was not found.");

    public static ImportRefusal FolderNotFile(string path) =>
        Refuse(path, ImportRefusalReason.NotFound, "import.refused.folder", $"{path} is a folder, not a file.");

    public static ImportRefusal Unsupported(string fileName, string extension) =>
        SupportedFileTypes.IsWordProcessorFormat(extension)
            ? Refuse(fileName, ImportRefusalReason.Unsupported, "import.refused.unsupported-save-as-docx",
                $"{fileName} is a word-processor file ({extension}) that cannot be read directly: open it in Word or WPS and save it as .docx.")
            : Refuse(fileName, ImportRefusalReason.Unsupported, "import.refused.unsupported",
                $"{fileName} has an unsupported file type ({DescribeExtension(extension)}): supported are {SupportedFileTypes.List}.");

    public static ImportRefusal TooLarge(string fileName, long bytes, long limitBytes) =>
        Refuse(fileName, ImportRefusalReason.TooLarge, "import.refused.too-large",
            $"{fileName} is too large to import ({FormatSize(bytes)}; the limit is {FormatLimit(limitBytes)}).");

    /// <param name="lookalike">What the content looks like, with its article: "a ZIP archive".</param>
    public static ImportRefusal LooksLikeBinary(string fileName, string lookalike) =>
        Refuse(fileName, ImportRefusalReason.NotText, "import.refused.not-text",
            $"{fileName} is not text: it looks like {lookalike}.");

    public static ImportRefusal Binary(string fileName) =>
        Refuse(fileName, ImportRefusalReason.NotText, "import.refused.binary",
            $"{fileName} is not text: it contains binary data, not characters.");

    public static ImportRefusal UnknownEncoding(string fileName) =>
        Refuse(fileName, ImportRefusalReason.NotText, "import.refused.unknown-encoding",
            $"{fileName} could not be read as text: it is not in UTF-8, UTF-16, GB18030 (GBK, GB2312) or Big5.");

    /// <param name="lookalike">What the content looks like, with its article: "a PNG image".</param>
    public static ImportRefusal WrongContent(string fileName, string extension, string lookalike) =>
        Refuse(fileName, ImportRefusalReason.Unreadable, "import.refused.wrong-content",
            $"{fileName} is named {extension} but its content looks like {lookalike}.");

    public static ImportRefusal ProtectedOrOldWord(string fileName) =>
        Refuse(fileName, ImportRefusalReason.Unreadable, "import.refused.protected-or-old-word",
            $"{fileName} is password-protected, or is an old .doc file renamed: remove the password, or save it again as .docx in Word or WPS.");

    /// <param name="kind">The kind of document, with its article: "a Word document".</param>
    public static ImportRefusal Damaged(string fileName, string kind) =>
        Refuse(fileName, ImportRefusalReason.Unreadable, "import.refused.damaged",
            $"{fileName} could not be opened as {kind}: the file is damaged or is not really {kind}.");

    public static ImportRefusal PasswordProtected(string fileName) =>
        Refuse(fileName, ImportRefusalReason.Unreadable, "import.refused.password-protected",
            $"{fileName} is password-protected: remove the password and import it again.");

    public static ImportRefusal ReadFailed(string path, string reason) =>
        Refuse(path, ImportRefusalReason.Unreadable, "import.refused.read-failed", $"{path} could not be read: {reason}");

    public static ImportRefusal NoTextLayer(string fileName) =>
        Refuse(fileName, ImportRefusalReason.NoTextLayer, "import.refused.no-text-layer",
            $"{fileName} has no text layer: it is a scanned image; run OCR first.");

    public static ImportRefusal Empty(string fileName) =>
        Refuse(fileName, ImportRefusalReason.Empty, "import.refused.empty",
            $"{fileName} is empty: there is no text to import.");

    public static ImportRefusal NoChineseText(string fileName, int minimum) =>
        Refuse(fileName, ImportRefusalReason.NoChineseText, "import.refused.no-chinese",
            $"{fileName} contains no Chinese text (fewer than {minimum.ToString(CultureInfo.InvariantCulture)} Chinese characters): the dashboard analyses Chinese documents.");

    private static ImportRefusal Refuse(string fileName, ImportRefusalReason reason, string key, string message) =>
        new(fileName, reason, key, message);

    private static string DescribeExtension(string extension) => extension.Length == 0 ? "no extension" : extension;

    // Rounded up, so a file just over a 10 MB limit reads "10.1 MB", never "10 MB".
    private static string FormatSize(long bytes) =>
        (Math.Ceiling(bytes / BytesPerMegabyte * 10) / 10).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    private static string FormatLimit(long bytes) =>
        (bytes / BytesPerMegabyte).ToString("0.##", CultureInfo.InvariantCulture) + " MB";
}
