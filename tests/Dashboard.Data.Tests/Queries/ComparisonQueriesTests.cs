using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Priorities;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Data.Tests.Store;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The compare page's model for the seeds (Dongguan, Suihua) and a third locality added by the tests.</summary>
public sealed class ComparisonQueriesTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private static readonly Lazy<AnalysisResources> Resources = new(() => AnalysisResources.Load());

    private const string Harbin =
        "3月5日，哈尔滨市召开新质生产力推进会议。会议指出，哈尔滨要发展冰雪经济，做强冰雪旅游、冰雪装备和冰雪文化。" +
        "哈尔滨要加快航空航天、生物医药、人工智能产业发展，推动冰雪经济与数字经济融合。会议要求，各区县要抓好冰雪旅游项目建设，" +
        "培育冰雪装备企业，建设航空航天产业园，打造生物医药产业集群。";

    private async Task<(ComparisonQueries Queries, EvidenceQueries Evidence)> QueriesAsync(bool withHarbin = false)
    {
        await SeedLoader.LoadAsync(fixture.Store, Path.Combine(StoreFixture.RepositoryRoot, "seeds"));
        if (withHarbin)
        {
            await using var db = fixture.Context();
            if (!db.Documents.Any(d => d.PublicId == "compare-harbin"))
            {
                await fixture.Store.AddAsync(new NewDocument(Harbin) { PublicId = "compare-harbin" });
            }
        }

        var snapshots = new CorpusSnapshotCache(fixture.Context, Resources.Value.Gazetteer);
        return (new ComparisonQueries(fixture.Context, snapshots, new ActiveAnalysis(fixture.Context, Resources.Value)), new EvidenceQueries(fixture.Context, snapshots));
    }

    private static IReadOnlyList<ComparisonGroupRef> Groups(string value) => ComparisonGroupRef.ParseList(value);

    [Fact]
    public async Task Dongguan_against_Suihua_gives_distinctive_terms_on_both_sides()
    {
        var (queries, _) = await QueriesAsync();
        var model = await queries.CompareAsync(DashboardFilter.All, Groups("441900,231200"));

        Assert.Equal(ComparisonSelectionState.Picked, model.Selection);
        Assert.Equal(["441900", "231200"], model.Groups.Select(g => g.Token));
        Assert.Equal("Dongguan", model.Groups[0].EnglishName);
        var terms = Assert.Single(model.Terms);
        Assert.Equal(("441900", "231200"), (terms.SideA, terms.SideB));
        Assert.NotEmpty(terms.TopA);
        Assert.NotEmpty(terms.TopB);
        Assert.All(terms.TopA, t => Assert.True(t.Z > 0));
        Assert.All(terms.TopB, t => Assert.True(t.Z < 0));
        Assert.Contains(terms.TopB, t => t.CountB > 0 && t.PerTenThousandB > 0);
        Assert.NotNull(model.Similarity);
        Assert.InRange(model.Similarity!.Between("441900", "231200"), 0.0, 1.0);

        // Each seed is one short document: the analysis says so, and the page gets the token counts to say it with.
        Assert.Contains(model.Warnings, w => w.Kind == ComparisonWarningKind.SingleDocumentGroup && w.Group == "231200");
        Assert.True(model.SideTokens["231200"] > 0);
    }

    [Fact]
    public async Task Suihua_priorities_include_its_six_industry_clusters()
    {
        var (queries, evidence) = await QueriesAsync();
        var suihua = (await queries.CompareAsync(DashboardFilter.All, Groups("441900,231200"))).Find("231200")!;

        var clusters = suihua.Priorities.Where(p => p.Kind == PriorityKind.Industry && p.Head == "六大产业集群").Select(p => p.Item).ToList();
        Assert.Equal(["生物发酵", "食品加工", "电子装备", "精细化工", "医药制造", "麻纺制品"], clusters);
        Assert.Contains(suihua.Priorities, p => p.Kind == PriorityKind.Platform && p.Item == "绥化经开区");

        // A priority's evidence is its own sentence with the item marked.
        var first = suihua.Priorities.First(p => p.Item == "生物发酵");
        var found = await evidence.FindAsync(DashboardFilter.All, new EvidenceRequest
        {
            DocumentId = first.DocumentId,
            Span = new EvidenceSpan(first.SentenceIndex, first.Start, first.Length, first.Item),
        });
        var sentence = Assert.Single(found.Sentences);
        Assert.Equal("生物发酵", sentence.Match);
    }

    [Fact]
    public async Task Three_groups_give_a_similarity_matrix_and_each_group_against_the_others()
    {
        var (queries, _) = await QueriesAsync(withHarbin: true);
        var model = await queries.CompareAsync(DashboardFilter.All, Groups("441900,231200,230100"));

        Assert.Equal(3, model.Groups.Count);
        Assert.NotNull(model.Similarity);
        Assert.Equal(3, model.Similarity!.Names.Count);
        Assert.Equal(1.0, model.Similarity[1, 1]);
        Assert.Equal(model.Similarity[0, 2], model.Similarity[2, 0]);
        Assert.True(model.Similarity.Between("231200", "230100") > 0);

        // Three pairs, then each group against the other two.
        Assert.Equal(6, model.Terms.Count);
        Assert.Equal(3, model.Terms.Count(t => t.SideB is null));
        var harbin = model.Terms.Single(t => t.SideA == "230100" && t.SideB is null);
        Assert.Contains(harbin.TopA, t => t.Term.Contains("冰雪", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_group_is_compared_with_the_rest_of_the_view()
    {
        var (queries, _) = await QueriesAsync();
        var model = await queries.CompareAsync(DashboardFilter.All, Groups("231200"));

        Assert.True(model.IsOneAgainstRest);
        var terms = Assert.Single(model.Terms);
        Assert.Equal("231200", terms.SideA);
        Assert.Null(terms.SideB);
        Assert.NotEmpty(terms.TopA);
        Assert.NotEmpty(terms.TopB);
        Assert.Null(model.Similarity);
        Assert.True(model.SideTokens[ComparisonQueries.RestName("231200")] > 0);
    }

    [Fact]
    public async Task One_group_alone_in_view_has_nothing_to_be_compared_with()
    {
        var (queries, _) = await QueriesAsync();
        var model = await queries.CompareAsync(new DashboardFilter { ProvinceCodes = new HashSet<string> { "440000" } }, Groups("441900"));

        Assert.Empty(model.Terms);
        Assert.Contains(model.Warnings, w => w.Kind == ComparisonWarningKind.EmptyGroup && w.Group == ComparisonQueries.RestName("441900"));
    }

    [Fact]
    public async Task Provinces_can_be_compared_as_wholes()
    {
        var (queries, _) = await QueriesAsync();
        var model = await queries.CompareAsync(DashboardFilter.All, Groups("p:440000,p:230000"));

        Assert.Equal(["广东省", "黑龙江省"], model.Groups.Select(g => g.Name));
        Assert.All(model.Groups, g => Assert.True(g.Documents >= 1));
        Assert.Contains(model.Groups[1].Priorities, p => p.Head == "六大产业集群");
        var terms = Assert.Single(model.Terms);
        Assert.NotEmpty(terms.TopA);
        Assert.NotEmpty(terms.TopB);
    }

    [Fact]
    public async Task With_nothing_picked_the_localities_in_view_are_compared()
    {
        var (queries, _) = await QueriesAsync();
        var filter = new DashboardFilter { LocalityCodes = new HashSet<string> { "441900", "231200" } };
        var model = await queries.CompareAsync(filter, []);

        Assert.Equal(ComparisonSelectionState.Default, model.Selection);
        Assert.Equal(["231200", "441900"], model.Groups.Select(g => g.Token));

        var alone = await queries.CompareAsync(new DashboardFilter { LocalityCodes = new HashSet<string> { "441900" } }, []);
        Assert.Equal(ComparisonSelectionState.NeedsPicking, alone.Selection);
        Assert.Empty(alone.Groups);
    }

    [Fact]
    public async Task A_group_with_no_documents_in_view_is_reported_not_compared()
    {
        var (queries, _) = await QueriesAsync();
        var model = await queries.CompareAsync(DashboardFilter.All, Groups("441900,231200,110000"));
        Assert.Equal(2, model.Groups.Count);
        Assert.Equal(["110000"], model.EmptyGroups.Select(g => g.Code));
    }

    [Fact]
    public async Task Theme_by_instrument_counts_follow_the_taxonomy_and_rules()
    {
        var (queries, _) = await QueriesAsync();
        var model = await queries.CompareAsync(DashboardFilter.All, Groups("441900,231200"));
        foreach (var group in model.Groups)
        {
            Assert.Equal(model.ThemeIds, group.ThemeInstruments.ThemeIds);
            Assert.Equal(model.InstrumentTypeIds, group.ThemeInstruments.TypeIds);
            Assert.True(group.ThemeInstruments.Counts.Sum(row => row.Sum()) > 0);
        }
    }

    [Fact]
    public async Task The_picker_finds_provinces_and_localities_by_chinese_pinyin_and_english()
    {
        var (queries, _) = await QueriesAsync();
        var choices = await queries.ChoicesAsync();
        Assert.Equal("231200", ComparisonQueries.Search(choices, "suihua")[0].Ref.Token);
        Assert.Equal("441900", ComparisonQueries.Search(choices, "东莞")[0].Ref.Token);
        Assert.Equal("p:230000", ComparisonQueries.Search(choices, "Heilongjiang")[0].Ref.Token);
    }

    [Theory]
    [InlineData("441900,p:440000", "441900,p:440000")]
    [InlineData("441900, bad,441900,P:230000", "441900,p:230000")]
    [InlineData("", null)]
    public void The_selection_reads_and_writes_the_groups_parameter(string value, string? expected) =>
        Assert.Equal(expected, ComparisonGroupRef.FormatList(ComparisonGroupRef.ParseList(value)));
}
