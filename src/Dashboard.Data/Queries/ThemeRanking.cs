using Dashboard.Analysis.Places;

namespace Dashboard.Data.Queries;

/// <summary>
/// Ranks the localities in view for one theme from the snapshot's counts: most hits per 1,000 words first, then most
/// hits. Localities in view that never mention the theme are listed last with zero, so the ranking shows who is silent.
/// </summary>
public static class ThemeRanking
{
    public static IReadOnlyList<ThemeLocalityRank> Build(IEnumerable<SnapshotDocument> inView, string themeId) =>
        Build(ByLocality(inView), themeId);

    /// <summary>The documents in view by locality, grouped once when many themes are ranked over the same view.</summary>
    public static IReadOnlyList<(Division Place, IReadOnlyList<SnapshotDocument> Documents)> ByLocality(IEnumerable<SnapshotDocument> inView) =>
        [.. inView
            .Where(d => d.Place is not null)
            .GroupBy(d => d.Place!.Code, StringComparer.Ordinal)
            .Select(g => (g.First().Place!, (IReadOnlyList<SnapshotDocument>)[.. g]))];

    public static IReadOnlyList<ThemeLocalityRank> Build(IReadOnlyList<(Division Place, IReadOnlyList<SnapshotDocument> Documents)> byLocality, string themeId) =>
        [.. byLocality
            .Select(g => Rank(g.Place, g.Documents, themeId))
            .OrderByDescending(r => r.PerThousandTokens)
            .ThenByDescending(r => r.Hits)
            .ThenBy(r => r.Code, StringComparer.Ordinal)];

    private static ThemeLocalityRank Rank(Division place, IReadOnlyList<SnapshotDocument> documents, string themeId)
    {
        var tokens = documents.Sum(d => d.WordTokens);
        var hits = documents.Sum(d => d.ThemeHits.GetValueOrDefault(themeId));
        return new ThemeLocalityRank(
            place.Code,
            place.Name,
            place.EnglishName,
            place.ProvinceCode,
            hits,
            tokens == 0 ? 0 : hits * 1000.0 / tokens,
            documents.Count(d => d.ThemeHits.GetValueOrDefault(themeId) > 0),
            documents.Count,
            tokens);
    }
}
