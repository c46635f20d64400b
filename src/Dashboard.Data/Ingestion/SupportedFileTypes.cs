namespace Dashboard.Data.Ingestion;

/// <summary>The file extensions we read, and the format each one promises.</summary>
internal static class SupportedFileTypes
{
    public const string List = ".txt, .html, .htm, .docx, .pdf";

    private static readonly Dictionary<string, DocumentFileFormat> FormatsByExtension =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [""] = DocumentFileFormat.PlainText,
            [".txt"] = DocumentFileFormat.PlainText,
            [".html"] = DocumentFileFormat.Html,
            [".htm"] = DocumentFileFormat.Html,
            [".docx"] = DocumentFileFormat.Docx,
            [".pdf"] = DocumentFileFormat.Pdf,
        };

    // Formats a word processor can save as .docx; their refusal says so.
    private static readonly HashSet<string> WordProcessorExtensions =
        new([".doc", ".wps", ".rtf", ".odt", ".docm", ".dot", ".dotx"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The extension of a file name or path, with its dot; "" when it has none.</summary>
    public static string ExtensionOf(string fileName) => Path.GetExtension(fileName);

    public static bool TryGetFormat(string extension, out DocumentFileFormat format) =>
        FormatsByExtension.TryGetValue(extension, out format);

    public static bool IsWordProcessorFormat(string extension) => WordProcessorExtensions.Contains(extension);
}
