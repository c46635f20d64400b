using Dashboard.Analysis.Places;

namespace Dashboard.Data.Queries;

/// <summary>
/// Ranks the localities in view for one theme from the snapshot's counts: most hits per 1,000 words first, then most
/// hits. Localities in view that never mention the theme are listed last with zero, so the ranking shows who is silent.
/// </summary>
public static class ThemeRanking
{
    public static IReadOnlyList<ThemeLocalityRank> Build(IEnumerable<SnapshotDocument> inView, string themeId) =>
        [.. inView
            .Where(d => d.Place is not null)
            .GroupBy(d => d.Place!.Code, StringComparer.Ordinal)
            .Select(g => Rank(g.First().Place!, [.. g], themeId))
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
