using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Places;
using Dashboard.Analysis.Themes;

namespace Dashboard.Data.Queries;

/// <summary>Filters a snapshot and sums it by locality: the overview's theme profiles, heatmap and instrument mix.</summary>
public static class OverviewQuery
{
    public static OverviewModel Build(CorpusSnapshot snapshot, ThemeTaxonomy taxonomy, InstrumentRules rules, Gazetteer gazetteer, DashboardFilter filter)
    {
        var themeIds = filter.ThemeIds.Count > 0
            ? [.. taxonomy.Themes.Select(t => t.Id).Where(filter.ThemeIds.Contains)]
            : taxonomy.Themes.Select(t => t.Id).ToList();
        var inView = snapshot.Documents.Where(filter.Matches).ToList();
        var dated = inView.Select(d => d.Date.EarliestDay).OfType<DateOnly>().ToList();
        var localities = inView
            .Where(d => d.Place is not null)
            .GroupBy(d => d.Place!.Code, StringComparer.Ordinal)
            .Select(g => Locality(g.First().Place!, [.. g], themeIds, rules))
            .OrderBy(l => l.ProvinceCode, StringComparer.Ordinal)
            .ThenBy(l => l.Code, StringComparer.Ordinal)
            .ToList();
        return new OverviewModel(
            inView.Count,
            localities.Count,
            inView.Count(d => d.Place is null),
            dated.Count > 0 ? dated.Min() : null,
            dated.Count > 0 ? dated.Max() : null,
            inView.Count(d => d.Date.Year is null),
            themeIds,
            localities);
    }

    private static LocalityOverview Locality(Division place, IReadOnlyList<SnapshotDocument> documents, IReadOnlyList<string> themeIds, InstrumentRules rules)
    {
        var tokens = documents.Sum(d => d.WordTokens);
        var allHits = documents.Sum(d => d.ThemeHits.Values.Sum());
        var cells = themeIds.Select(id =>
        {
            var hits = documents.Sum(d => d.ThemeHits.GetValueOrDefault(id));
            return new ThemeCell(
                id,
                hits,
                tokens == 0 ? 0 : hits * 1000.0 / tokens,
                allHits == 0 ? 0 : (double)hits / allHits,
                documents.Count(d => d.ThemeHits.GetValueOrDefault(id) > 0));
        }).ToList();
        var categories = rules.Categories.Select(c => c.Id).Append(InstrumentType.NoneId)
            .ToDictionary(c => c, c => documents.Sum(d => d.InstrumentClauses.Where(kv => (rules.FindType(kv.Key)?.CategoryId ?? InstrumentType.NoneId) == c).Sum(kv => kv.Value)), StringComparer.Ordinal);
        return new LocalityOverview(place.Code, place.Name, place.EnglishName, place.ProvinceCode, documents.Count, tokens, cells, categories);
    }
}
