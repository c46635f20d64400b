using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Places;
using Dashboard.Analysis.Themes;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Data.Tests.Store;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The overview's numbers for the seeds, read from each database and filtered as the filter bar does.</summary>
public abstract class OverviewQueryTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static readonly Gazetteer Places = Gazetteer.LoadDefault();
    private static readonly ThemeTaxonomy Taxonomy = ThemeTaxonomy.LoadDefault();
    private static readonly InstrumentRules Rules = InstrumentRules.LoadDefault();

    private async Task<OverviewModel> OverviewAsync(DashboardFilter filter)
    {
        await SeedLoader.LoadAsync(fixture.Store, Path.Combine(StoreFixture.RepositoryRoot, "seeds"));
        var snapshot = await CorpusSnapshot.LoadAsync(fixture.Context, Places);
        return OverviewQuery.Build(snapshot, Taxonomy, Rules, Places, filter);
    }

    [Fact]
    public async Task The_overview_shows_both_seeds_localities_with_their_theme_profiles()
    {
        var overview = await OverviewAsync(DashboardFilter.All);
        // Other tests of this class add documents to the same database: the seeds are checked by what they must show.
        Assert.True(overview.DocumentCount >= 2);
        Assert.Contains(overview.Localities, l => l.Code == "231200");
        Assert.Contains(overview.Localities, l => l.Code == "441900");
        var dongguan = overview.Localities.Single(l => l.Code == "441900");
        Assert.Equal("Dongguan", dongguan.EnglishName);
        Assert.True(dongguan.Themes.Single(t => t.ThemeId == "future-industries").Hits > 0);
        Assert.Equal(1.0, dongguan.Themes.Sum(t => t.Share), 6);
        Assert.Equal(new DateOnly(2024, 2, 14), overview.Earliest);
        Assert.Equal(new DateOnly(2024, 11, 28), overview.Latest);
        Assert.True(dongguan.InstrumentsByCategory["supply"] > 0);
    }

    [Fact]
    public async Task Filtering_to_heilongjiang_shows_suihua_and_not_dongguan()
    {
        foreach (var filter in new[]
        {
            new DashboardFilter { ProvinceCodes = new HashSet<string> { "230000" } },
            new DashboardFilter { EconomicRegions = new HashSet<EconomicRegion> { EconomicRegion.Northeast } },
        })
        {
            var codes = (await OverviewAsync(filter)).Localities.Select(l => l.Code).ToList();
            Assert.Contains("231200", codes);
            Assert.DoesNotContain("441900", codes);
            Assert.All(codes, c => Assert.StartsWith("23", c));
        }

        var byGeography = await OverviewAsync(new DashboardFilter { GeographicRegions = new HashSet<GeographicRegion> { GeographicRegion.SouthChina } });
        Assert.Equal(["441900"], byGeography.Localities.Select(l => l.Code));
    }

    [Fact]
    public async Task Dates_kinds_and_themes_narrow_the_view()
    {
        var spring = await OverviewAsync(new DashboardFilter { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 6, 30) });
        Assert.Equal(["231200"], spring.Localities.Select(l => l.Code));
        var plans = await OverviewAsync(new DashboardFilter { Kinds = new HashSet<Analysis.Documents.DocumentKind> { Analysis.Documents.DocumentKind.Plan } });
        Assert.Equal(0, plans.DocumentCount);
        var twoThemes = await OverviewAsync(new DashboardFilter { ThemeIds = new HashSet<string> { "land-space", "agriculture-food" } });
        Assert.Equal(["agriculture-food", "land-space"], twoThemes.ThemeIds);
        Assert.All(twoThemes.Localities, l => Assert.Equal(2, l.Themes.Count));
    }

    [Fact]
    public async Task Choosing_a_prefecture_includes_its_counties()
    {
        await fixture.Store.AddAsync(new NewDocument("3月4日，肇东市委召开会议，部署玉米深加工产业。") { PublicId = "overview-zhaodong" });
        var suihua = await OverviewAsync(new DashboardFilter { LocalityCodes = new HashSet<string> { "231200" } });
        Assert.Equal(["231200", "231282"], suihua.Localities.Select(l => l.Code));
        var counties = await OverviewAsync(new DashboardFilter { Levels = new HashSet<AdministrativeLevel> { AdministrativeLevel.County } });
        Assert.Contains(counties.Localities, l => l.Code == "231282");
        Assert.DoesNotContain(counties.Localities, l => l.Code == "231200");
    }

    [Fact]
    public async Task A_removed_document_leaves_the_overview()
    {
        await fixture.Store.AddAsync(new NewDocument("3月3日，海伦市委召开会议，部署大豆产业。") { PublicId = "overview-removed" });
        Assert.Contains((await OverviewAsync(DashboardFilter.All)).Localities, l => l.Code == "231283");
        await fixture.Store.RemoveAsync("overview-removed");
        Assert.DoesNotContain((await OverviewAsync(DashboardFilter.All)).Localities, l => l.Code == "231283");
    }
}

public sealed class SqliteOverviewQueryTests(SqliteStoreFixture fixture) : OverviewQueryTests<SqliteStoreFixture>(fixture);

public sealed class PostgresOverviewQueryTests(PostgresStoreFixture fixture) : OverviewQueryTests<PostgresStoreFixture>(fixture);
