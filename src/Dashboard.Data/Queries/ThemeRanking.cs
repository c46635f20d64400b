using Dashboard.Analysis.Places;

namespace Dashboard.Data.Queries;

/// <summary>
/// Ranks the localities in view for one theme from the snapshot's counts: most hits per 1,000 words first, then most
/// hits. Localities in view that never mention the theme are listed last with zero, so the ranking shows who is silent.
/// </summary>
public static class ThemeRanking
{
    /// <summary>One theme's ranking: each document's count of that theme read once.</summary>
    public static IReadOnlyList<ThemeLocalityRank> Build(IEnumerable<SnapshotDocument> inView, string themeId)
    {
        var byCode = new Dictionary<string, (Division Place, int Hits, int Mentioning, int Documents, int Tokens)>(StringComparer.Ordinal);
        foreach (var document in inView)
        {
            if (document.Place is not { } place)
            {
                continue;
            }

            var hits = document.ThemeHits.GetValueOrDefault(themeId);
            var (_, sum, mentioning, documents, tokens) = byCode.GetValueOrDefault(place.Code);
            byCode[place.Code] = (place, sum + hits, mentioning + (hits > 0 ? 1 : 0), documents + 1, tokens + document.WordTokens);
        }

        return [.. byCode.Values
            .Select(t => new ThemeLocalityRank(t.Place.Code, t.Place.Name, t.Place.EnglishName, t.Place.ProvinceCode, t.Hits, t.Tokens == 0 ? 0 : t.Hits * 1000.0 / t.Tokens, t.Mentioning, t.Documents, t.Tokens))
            .OrderByDescending(r => r.PerThousandTokens)
            .ThenByDescending(r => r.Hits)
            .ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The documents in view summed by locality, once, when many themes are ranked over the same view: each
    /// document's theme counts are read once, not once per theme.
    /// </summary>
    public static IReadOnlyList<LocalityThemeTotals> ByLocality(IEnumerable<SnapshotDocument> inView)
    {
        var byCode = new Dictionary<string, LocalityThemeTotals>(StringComparer.Ordinal);
        foreach (var document in inView)
        {
            if (document.Place is not { } place)
            {
                continue;
            }

            if (!byCode.TryGetValue(place.Code, out var totals))
            {
                byCode[place.Code] = totals = new LocalityThemeTotals(place);
            }

            totals.Add(document);
        }

        return [.. byCode.Values];
    }

    public static IReadOnlyList<ThemeLocalityRank> Build(IReadOnlyList<LocalityThemeTotals> byLocality, string themeId) =>
        [.. byLocality
            .Select(totals => totals.Rank(themeId))
            .OrderByDescending(r => r.PerThousandTokens)
            .ThenByDescending(r => r.Hits)
            .ThenBy(r => r.Code, StringComparer.Ordinal)];
}

/// <summary>One locality's documents in view, summed: words, documents, and per theme its hits and the documents that mention it.</summary>
public sealed class LocalityThemeTotals(Division place)
{
    private readonly Dictionary<string, (int Hits, int Documents)> _themes = new(StringComparer.Ordinal);

    public Division Place { get; } = place;

    public int Documents { get; private set; }

    public int Tokens { get; private set; }

    public void Add(SnapshotDocument document)
    {
        Documents++;
        Tokens += document.WordTokens;
        foreach (var (themeId, hits) in document.ThemeHits)
        {
            if (hits > 0)
            {
                var (total, documents) = _themes.GetValueOrDefault(themeId);
                _themes[themeId] = (total + hits, documents + 1);
            }
        }
    }

    public ThemeLocalityRank Rank(string themeId)
    {
        var (hits, documents) = _themes.GetValueOrDefault(themeId);
        return new ThemeLocalityRank(
            Place.Code,
            Place.Name,
            Place.EnglishName,
            Place.ProvinceCode,
            hits,
            Tokens == 0 ? 0 : hits * 1000.0 / Tokens,
            documents,
            Documents,
            Tokens);
    }
}
