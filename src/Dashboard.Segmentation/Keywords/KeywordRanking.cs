namespace Dashboard.Segmentation.Keywords;

internal static class KeywordRanking
{
    /// <summary>Highest weight first; a stable sort, so equal weights keep their order (Python's sorted).</summary>
    public static IReadOnlyList<Keyword> Top(List<Keyword> keywords, int count)
    {
        var ranked = keywords
            .Select((k, i) => (k, i))
            .OrderByDescending(x => x.k.Weight)
            .ThenBy(x => x.i)
            .Select(x => x.k);
        return count > 0 ? [.. ranked.Take(count)] : [.. ranked];
    }
}
