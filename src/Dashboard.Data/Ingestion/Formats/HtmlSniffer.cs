using System.Text.RegularExpressions;

namespace Dashboard.Data.Ingestion;

/// <summary>Confirms by content what the extension says: a .html file with no markup is plain text, a .txt file that is a whole HTML page is HTML.</summary>
internal static partial class HtmlSniffer
{
    public static bool HasMarkup(string text) => Tag().IsMatch(text);

    public static bool StartsAsHtmlDocument(string text) => DocumentStart().IsMatch(text);

    [GeneratedRegex(@"<(?:[A-Za-z][A-Za-z0-9]*[\s/>]|!--|!doctype)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DocumentStart();
}
