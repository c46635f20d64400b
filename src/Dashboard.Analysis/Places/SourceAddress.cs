namespace Dashboard.Analysis.Places;

/// <summary>
/// The place a page's address names: county and city sites live at their pinyin (dongkou.gov.cn, wenshui.gov.cn), and
/// mirrors keep it in the path (/mayang/c122195/…). A label or path segment that is exactly one division's pinyin
/// (four letters or more, not a word of web addresses) names it; one that fits several divisions (taizhou) names none.
/// </summary>
internal static class SourceAddress
{
    private const int MinLength = 4;

    /// <summary>Parts of addresses that are no place names even where a division's pinyin matches them.</summary>
    private static readonly HashSet<string> WebWords = new(StringComparer.Ordinal)
    {
        "www", "news", "gov", "html", "shtml", "index", "content", "article", "detail", "system", "info", "page", "list",
        "mobile", "wap", "home", "zhengwu", "xinwen", "yaowen", "dongtai", "jrsz", "szyw", "xxgk", "paper", "epaper",
        "static", "view", "node", "channel", "cms", "site", "web", "main", "data", "scripts", "images", "upload",
    };

    public static (Division Division, string Segment)? Find(Gazetteer gazetteer, string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.Host.Split('.').Concat(uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.ToLowerInvariant())
            .Where(s => s.Length >= MinLength && s.All(char.IsAsciiLetterLower) && !WebWords.Contains(s))
            .Distinct(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            var named = gazetteer.FindExact(segment).Where(d => d.Pinyin == segment).ToList();
            if (named.Count == 1)
            {
                return (named[0], uri.Host + (uri.Host.Contains(segment, StringComparison.Ordinal) ? "" : "/" + segment + "/"));
            }
        }

        return null;
    }
}
