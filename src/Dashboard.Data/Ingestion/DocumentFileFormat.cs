namespace Dashboard.Data.Ingestion;

/// <summary>The kind of file a text was read from.</summary>
public enum DocumentFileFormat
{
    PlainText,
    Html,
    Docx,
    Pdf,
}
