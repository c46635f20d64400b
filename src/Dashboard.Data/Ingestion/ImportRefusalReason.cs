namespace Dashboard.Data.Ingestion;

/// <summary>Why a file or a pasted text was not imported.</summary>
public enum ImportRefusalReason
{
    /// <summary>The path does not exist, or is a folder where a file was expected.</summary>
    NotFound,

    /// <summary>The file's extension is not one we read.</summary>
    Unsupported,

    /// <summary>Over <see cref="ImportLimits.MaxFileBytes"/>.</summary>
    TooLarge,

    /// <summary>Binary content (an image, an archive, a program…) or an encoding we cannot read.</summary>
    NotText,

    /// <summary>A .docx or .pdf that cannot be opened: damaged, password-protected, or really another kind of file; or an I/O error.</summary>
    Unreadable,

    /// <summary>A PDF without a text layer (a scan).</summary>
    NoTextLayer,

    /// <summary>Nothing but blank space.</summary>
    Empty,

    /// <summary>Fewer than <see cref="ImportLimits.MinChineseCharacters"/> Chinese characters.</summary>
    NoChineseText,
}
