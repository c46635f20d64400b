using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Places;
using Dashboard.Analysis.Themes;

namespace Dashboard.Data.Queries;

/// <summary>
/// Filters a snapshot and sums it by locality: the overview's theme profiles, heatmap and instrument mix. One pass
/// over the documents, summing into arrays indexed by theme and instrument category, so a filter change over 10,000
/// documents stays within a few milliseconds.
/// </summary>
public static class OverviewQuery
{
    public static OverviewModel Build(CorpusSnapshot snapshot, ThemeTaxonomy taxonomy, InstrumentRules rules, Gazetteer gazetteer, DashboardFilter filter)
    {
        var themeIds = filter.ThemeIds.Count > 0
            ? [.. taxonomy.Themes.Select(t => t.Id).Where(filter.ThemeIds.Contains)]
            : taxonomy.Themes.Select(t => t.Id).ToList();
        var themeIndex = new Dictionary<string, int>(themeIds.Count, StringComparer.Ordinal);
        for (var i = 0; i < themeIds.Count; i++)
        {
            themeIndex[themeIds[i]] = i;
        }

        var categoryIds = rules.Categories.Select(c => c.Id).Append(InstrumentType.NoneId).ToList();
        var categoryOfType = new Dictionary<string, int>(StringComparer.Ordinal);
        var byLocality = new Dictionary<string, LocalitySums>(StringComparer.Ordinal);
        int inView = 0, unplaced = 0, withoutYear = 0;
        DateOnly? earliest = null, latest = null;
        foreach (var document in snapshot.Documents)
        {
            if (!filter.Matches(document))
            {
                continue;
            }

            inView++;
            if (document.Date.Year is null)
            {
                withoutYear++;
            }

            if (document.Date.EarliestDay is { } day)
            {
                earliest = earliest is { } e && e <= day ? e : day;
                latest = latest is { } l && l >= day ? l : day;
            }

            if (document.Place is not { } place)
            {
                unplaced++;
                continue;
            }

            if (!byLocality.TryGetValue(place.Code, out var sums))
            {
                sums = new LocalitySums(place, themeIds.Count, categoryIds.Count);
                byLocality.Add(place.Code, sums);
            }

            sums.Add(document, themeIndex, type => CategoryIndex(type, rules, categoryIds, categoryOfType));
        }

        var localities = byLocality.Values
            .OrderBy(s => s.Place.ProvinceCode, StringComparer.Ordinal)
            .ThenBy(s => s.Place.Code, StringComparer.Ordinal)
            .Select(s => s.ToOverview(themeIds, categoryIds))
            .ToList();
        return new OverviewModel(inView, localities.Count, unplaced, earliest, latest, withoutYear, themeIds, localities);
    }

    /// <summary>The position of an instrument type's category (types the rules do not know count as "none").</summary>
    private static int CategoryIndex(string typeId, InstrumentRules rules, List<string> categoryIds, Dictionary<string, int> known)
    {
        if (!known.TryGetValue(typeId, out var index))
        {
            index = categoryIds.IndexOf(rules.FindType(typeId)?.CategoryId ?? InstrumentType.NoneId);
            known.Add(typeId, index);
        }

        return index;
    }

    /// <summary>One locality's running totals while the documents in view are read.</summary>
    private sealed class LocalitySums(Division place, int themes, int categories)
    {
        private readonly int[] _hits = new int[themes];
        private readonly int[] _documentsWith = new int[themes];
        private readonly int[] _clauses = new int[categories];
        private int _documents;
        private int _tokens;
        private int _allHits;

        public Division Place { get; } = place;

        public void Add(SnapshotDocument document, Dictionary<string, int> themeIndex, Func<string, int> categoryIndex)
        {
            _documents++;
            _tokens += document.WordTokens;
            foreach (var (themeId, hits) in document.ThemeHits)
            {
                _allHits += hits;
                if (themeIndex.TryGetValue(themeId, out var i))
                {
                    _hits[i] += hits;
                    _documentsWith[i] += hits > 0 ? 1 : 0;
                }
            }

            foreach (var (typeId, clauses) in document.InstrumentClauses)
            {
                var c = categoryIndex(typeId);
                if (c >= 0)
                {
                    _clauses[c] += clauses;
                }
            }
        }

        public LocalityOverview ToOverview(IReadOnlyList<string> themeIds, IReadOnlyList<string> categoryIds)
        {
            var cells = new List<ThemeCell>(themeIds.Count);
            for (var i = 0; i < themeIds.Count; i++)
            {
                cells.Add(new ThemeCell(
                    themeIds[i],
                    _hits[i],
                    _tokens == 0 ? 0 : _hits[i] * 1000.0 / _tokens,
                    _allHits == 0 ? 0 : (double)_hits[i] / _allHits,
                    _documentsWith[i]));
            }

            var byCategory = new Dictionary<string, int>(categoryIds.Count, StringComparer.Ordinal);
            for (var c = 0; c < categoryIds.Count; c++)
            {
                byCategory.Add(categoryIds[c], _clauses[c]);
            }

            return new LocalityOverview(Place.Code, Place.Name, Place.EnglishName, Place.ProvinceCode, _documents, _tokens, cells, byCategory);
        }
    }
}
