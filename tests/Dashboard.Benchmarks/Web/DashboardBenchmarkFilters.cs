using Dashboard.Analysis.Places;
using Dashboard.Data.Queries;

namespace Dashboard.Benchmarks.Web;

/// <summary>
/// A repeatable sequence of the filters a reader sets in the filter bar: all, one or a few provinces, a macro-region,
/// a set of localities, a date range, a few themes, a document kind, and mixes of them; drawn from the values the
/// filter bar offers, with a fixed seed.
/// </summary>
internal static class DashboardBenchmarkFilters
{
    public static IReadOnlyList<DashboardFilter> Sequence(FilterChoices choices, int count, int seed = 20_240_601)
    {
        var random = new Random(seed);
        var filters = new List<DashboardFilter>(count);
        var earliest = choices.Earliest ?? new DateOnly(2000, 1, 1);
        var latest = choices.Latest ?? new DateOnly(2025, 12, 31);
        for (var i = 0; i < count; i++)
        {
            var filter = (i % 10) switch
            {
                0 => DashboardFilter.All,
                1 => Provinces(random, choices, 1),
                2 => Provinces(random, choices, random.Next(2, 4)),
                3 => random.Next(2) == 0
                    ? new DashboardFilter { EconomicRegions = Pick(random, choices.EconomicRegions, 1) }
                    : new DashboardFilter { GeographicRegions = Pick(random, choices.GeographicRegions, 1) },
                4 => new DashboardFilter { LocalityCodes = Pick(random, choices.Localities.Select(l => l.Code).ToList(), random.Next(1, 6)) },
                5 => Dates(random, DashboardFilter.All, earliest, latest),
                6 => new DashboardFilter { ThemeIds = Pick(random, choices.Themes.Select(t => t.Id).ToList(), random.Next(2, 5)) },
                7 => Dates(random, Provinces(random, choices, 1), earliest, latest),
                8 => Provinces(random, choices, 1) with { ThemeIds = Pick(random, choices.Themes.Select(t => t.Id).ToList(), 3) },
                _ => new DashboardFilter { Kinds = Pick(random, choices.Kinds, 1), Levels = Pick(random, choices.Levels, 1) },
            };
            filters.Add(filter);
        }

        return filters;
    }

    private static DashboardFilter Provinces(Random random, FilterChoices choices, int count) =>
        new() { ProvinceCodes = Pick(random, choices.Provinces.Select(p => p.Code).ToList(), count) };

    private static DashboardFilter Dates(Random random, DashboardFilter filter, DateOnly earliest, DateOnly latest)
    {
        var span = Math.Max(1, latest.DayNumber - earliest.DayNumber);
        var from = earliest.AddDays(random.Next(span));
        var to = from.AddDays(random.Next(90, 3 * 365));
        return filter with { From = from, To = to };
    }

    private static HashSet<T> Pick<T>(Random random, IReadOnlyList<T> values, int count) =>
        [.. values.OrderBy(_ => random.Next()).Take(Math.Min(count, values.Count))];

    /// <summary>Two or three groups to compare among the documents a filter keeps: localities, or provinces for wide views.</summary>
    public static IReadOnlyList<ComparisonGroupRef> ComparisonGroups(Random random, CorpusSnapshot snapshot, DashboardFilter filter)
    {
        var places = snapshot.Documents.Where(filter.Matches).Select(d => d.Place).OfType<Division>().ToList();
        var byProvince = random.Next(3) == 0;
        var codes = (byProvince ? places.Select(p => p.ProvinceCode) : places.Select(p => p.Code)).Distinct(StringComparer.Ordinal).ToList();
        return [.. Pick(random, codes, random.Next(2, 4)).Select(c => new ComparisonGroupRef(byProvince ? ComparisonGroupKind.Province : ComparisonGroupKind.Locality, c))];
    }
}
