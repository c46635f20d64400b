using System.Text;

namespace Dashboard.Data.Ingestion;

/// <summary>The encodings we decode, all with U+FFFD for invalid bytes so a wrong guess shows as replacement characters.</summary>
internal static class ChineseEncodings
{
    static ChineseEncodings()
    {
        // GB18030 and Big5 come from the code-pages provider, which must be registered once per process.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var replace = new DecoderReplacementFallback("\uFFFD");
        Gb18030 = Encoding.GetEncoding("gb18030", EncoderFallback.ExceptionFallback, replace);
        Big5 = Encoding.GetEncoding("big5", EncoderFallback.ExceptionFallback, replace);
    }

    /// <summary>GB18030, the superset of GBK and GB2312.</summary>
    public static Encoding Gb18030 { get; }

    public static Encoding Big5 { get; }

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Encoding Utf16Le { get; } = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);

    public static Encoding Utf16Be { get; } = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);

    public static Encoding Utf32Le { get; } = new UTF32Encoding(bigEndian: false, byteOrderMark: false);

    public static Encoding Utf32Be { get; } = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    /// <summary>
    /// The encoding an HTML charset label names, or null for labels we do not honour. The GB family (gb2312, gbk…)
    /// is decoded as GB18030, its superset, as browsers do.
    /// </summary>
    public static (Encoding Encoding, string Name)? FromLabel(string label) =>
        label.Trim().ToLowerInvariant() switch
        {
            "gb18030" or "gbk" or "gb2312" or "x-gbk" or "cp936" or "ms936" or "windows-936" or "euc-cn"
                or "csgb2312" or "gb_2312" or "gb_2312-80" or "chinese" or "iso-ir-58" or "csiso58gb231280"
                => (Gb18030, "gb18030"),
            "big5" or "big5-hkscs" or "cp950" or "x-x-big5" or "csbig5" or "cn-big5" => (Big5, "big5"),
            "utf-8" or "utf8" or "unicode-1-1-utf-8" => (Utf8, "utf-8"),
            _ => null,
        };
}
