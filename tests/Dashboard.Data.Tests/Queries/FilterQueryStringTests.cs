using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;
using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class FilterQueryStringTests
{
    [Fact]
    public void Filter_survives_the_round_trip_through_the_URL()
    {
        var filter = new DashboardFilter
        {
            EconomicRegions = new HashSet<EconomicRegion> { EconomicRegion.Northeast },
            ProvinceCodes = new HashSet<string> { "230000" },
            LocalityCodes = new HashSet<string> { "231200", "441900" },
            Levels = new HashSet<AdministrativeLevel> { AdministrativeLevel.Prefecture },
            From = new DateOnly(2024, 1, 1),
            To = new DateOnly(2024, 12, 31),
            Kinds = new HashSet<DocumentKind> { DocumentKind.MeetingRelease },
            ThemeIds = new HashSet<string> { "agriculture-food" },
        };

        var query = FilterQueryString.ToQueryString(filter);
        var parsed = FilterQueryString.Parse(Parse(query));

        Assert.Equal("?region=northeast&province=230000&locality=231200%2C441900&level=prefecture&from=2024-01-01&to=2024-12-31&kind=meeting-release&theme=agriculture-food", query);
        Assert.Equal(filter.EconomicRegions, parsed.EconomicRegions);
        Assert.Equal(filter.LocalityCodes, parsed.LocalityCodes);
        Assert.Equal(filter.Levels, parsed.Levels);
        Assert.Equal(filter.From, parsed.From);
        Assert.Equal(filter.To, parsed.To);
        Assert.Equal(filter.Kinds, parsed.Kinds);
        Assert.Equal(filter.ThemeIds, parsed.ThemeIds);
    }

    [Fact]
    public void Unfiltered_view_has_a_clean_URL()
    {
        Assert.Equal("", FilterQueryString.ToQueryString(DashboardFilter.All));
    }

    [Theory]
    [InlineData("province", "23000")]
    [InlineData("province", "<script>")]
    [InlineData("region", "atlantis")]
    [InlineData("from", "2024-13-01")]
    [InlineData("theme", "a b")]
    public void Values_that_do_not_parse_are_dropped_rather_than_failing_the_page(string key, string value)
    {
        var filter = FilterQueryString.Parse(new Dictionary<string, string?> { [key] = value });

        Assert.Empty(filter.ProvinceCodes);
        Assert.Empty(filter.EconomicRegions);
        Assert.Null(filter.From);
        Assert.Empty(filter.ThemeIds);
    }

    [Fact]
    public void Enum_slugs_are_lower_case_and_hyphenated()
    {
        Assert.Equal("meeting-release", FilterQueryString.Slug(DocumentKind.MeetingRelease));
        Assert.Equal("north-china", FilterQueryString.Slug(GeographicRegion.NorthChina));
    }

    private static Dictionary<string, string?> Parse(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => (string?)Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);
}
