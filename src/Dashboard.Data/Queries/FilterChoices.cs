using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;
using Dashboard.Analysis.Themes;

namespace Dashboard.Data.Queries;

/// <summary>
/// What the filter bar offers: only values the corpus has, so no choice leads to an empty page by construction.
/// Localities include the prefectures above any county in the corpus, so a prefecture can be picked as a whole.
/// </summary>
public sealed record FilterChoices(
    IReadOnlyList<EconomicRegion> EconomicRegions,
    IReadOnlyList<GeographicRegion> GeographicRegions,
    IReadOnlyList<Division> Provinces,
    IReadOnlyList<Division> Localities,
    IReadOnlyList<AdministrativeLevel> Levels,
    IReadOnlyList<DocumentKind> Kinds,
    IReadOnlyList<Theme> Themes,
    DateOnly? Earliest,
    DateOnly? Latest)
{
    public static FilterChoices Build(CorpusSnapshot snapshot, ThemeTaxonomy taxonomy, Gazetteer gazetteer)
    {
        var places = snapshot.Documents.Select(d => d.Place).OfType<Division>().DistinctBy(p => p.Code).ToList();
        var localities = places
            .Concat(places.Where(p => p.Level == AdministrativeLevel.County && p.ParentCode is not null)
                .Select(p => gazetteer.Find(p.ParentCode!))
                .OfType<Division>()
                .Where(p => p.Level == AdministrativeLevel.Prefecture))
            .DistinctBy(p => p.Code)
            .OrderBy(p => p.ProvinceCode, StringComparer.Ordinal)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        var days = snapshot.Documents.Select(d => d.Date.EarliestDay).OfType<DateOnly>().ToList();
        return new FilterChoices(
            [.. places.Select(p => p.EconomicRegion).Distinct().Order()],
            [.. places.Select(p => p.GeographicRegion).Distinct().Order()],
            [.. places.Select(p => p.ProvinceCode).Distinct().Order(StringComparer.Ordinal).Select(gazetteer.Find).OfType<Division>()],
            localities,
            [.. places.Select(p => p.Level).Distinct().Order()],
            [.. snapshot.Documents.Select(d => d.Kind).Distinct().Order()],
            taxonomy.Themes,
            days.Count > 0 ? days.Min() : null,
            days.Count > 0 ? days.Max() : null);
    }

    /// <summary>Localities whose Chinese name, pinyin or English name starts with or contains the query, best first.</summary>
    public IReadOnlyList<Division> SearchLocalities(string? query, IReadOnlySet<string> provinceCodes, int limit = 30)
    {
        var inProvinces = provinceCodes.Count == 0 ? Localities : [.. Localities.Where(l => provinceCodes.Contains(l.ProvinceCode))];
        if (string.IsNullOrWhiteSpace(query))
        {
            return [.. inProvinces.Take(limit)];
        }

        // The gazetteer's own search (Chinese, pinyin, English; exact, then prefix, then contained), over the corpus' localities.
        return new DivisionSearch(inProvinces).Search(query.Trim(), limit);
    }
}
