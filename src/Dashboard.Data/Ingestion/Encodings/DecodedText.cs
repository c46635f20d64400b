namespace Dashboard.Data.Ingestion;

/// <summary>Text decoded from bytes, and the name of the encoding it was in ("gb18030").</summary>
internal sealed record DecodedText(string Text, string EncodingName)
{
    /// <summary>Invalid bytes replaced while decoding; null when every byte was valid.</summary>
    public DecodingRepair? Repair { get; init; }
}

/// <summary>
/// How many invalid byte sequences a decoding replaced with U+FFFD (�), and the first lines (from 1) that hold them.
/// </summary>
public sealed record DecodingRepair(int Replaced, IReadOnlyList<int> Lines)
{
    /// <summary>In English, for the command line and logs: "3 invalid bytes replaced with � (lines 4, 17)".</summary>
    public string Describe() =>
        $"{Replaced} invalid {(Replaced == 1 ? "byte" : "bytes")} replaced with \uFFFD ({(Lines.Count == 1 ? "line" : "lines")} {string.Join(", ", Lines)}{(Replaced > Lines.Count ? ", …" : "")})";
}

/// <summary>Why bytes could not be decoded as text.</summary>
internal enum DecodingFailure
{
    None,

    /// <summary>NUL bytes outside UTF-16/32, or too many control characters: a binary file.</summary>
    Binary,

    /// <summary>No candidate encoding gives plausible text.</summary>
    UnknownEncoding,
}
