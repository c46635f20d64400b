namespace Dashboard.Data.Ingestion;

/// <summary>Text decoded from bytes, and the name of the encoding it was in ("gb18030").</summary>
internal sealed record DecodedText(string Text, string EncodingName);

/// <summary>Why bytes could not be decoded as text.</summary>
internal enum DecodingFailure
{
    None,

    /// <summary>NUL bytes outside UTF-16/32, or too many control characters: a binary file.</summary>
    Binary,

    /// <summary>No candidate encoding gives plausible text.</summary>
    UnknownEncoding,
}
