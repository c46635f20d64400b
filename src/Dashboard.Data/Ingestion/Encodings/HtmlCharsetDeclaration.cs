using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// Finds the charset an HTML page declares for itself, before decoding it: &lt;meta charset=gb2312&gt;,
/// &lt;meta http-equiv="Content-Type" content="text/html; charset=gbk"&gt; or an XML declaration's encoding.
/// </summary>
internal static partial class HtmlCharsetDeclaration
{
    // Browsers look at the first 1024 bytes; Chinese pages often put scripts first, so we look further.
    private const int PrescanBytes = 8 * 1024;

    /// <summary>The declared label ("gb2312"), or null. Only ASCII-compatible content is searched.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 maps each byte to one char, so the ASCII markup reads the same whatever the real encoding.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            match = XmlEncoding().Match(head);
        }

        return match.Success ? match.Groups["label"].Value : null;
    }

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<label>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml\b[^>]*?\bencoding\s*=\s*[""'](?<label>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
