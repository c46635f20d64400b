using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Documents;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Data.Tests.Store;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The document pages' queries over the seeds, on each database.</summary>
public abstract class DocumentQueriesTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private const string Dongguan = "seed-000_7fb5d263923113ca";
    private const string Suihua = "seed-002_f6af64227d9b497f";
    private static readonly Lazy<AnalysisResources> Resources = new(() => AnalysisResources.Load());

    private async Task<(DocumentQueries Queries, ActiveAnalysis Analysis, CorpusSnapshotCache Snapshots)> QueriesAsync()
    {
        var analysis = new ActiveAnalysis(fixture.Context, Resources.Value);
        await SeedLoader.LoadAsync(analysis.Store, Path.Combine(StoreFixture.RepositoryRoot, "seeds"));
        var snapshots = new CorpusSnapshotCache(fixture.Context, Resources.Value.Gazetteer);
        return (new DocumentQueries(fixture.Context, snapshots, analysis), analysis, snapshots);
    }

    private async Task<IReadOnlyList<string>> SeedIdsAsync(DocumentListRequest request, DashboardFilter? filter = null)
    {
        var (queries, _, _) = await QueriesAsync();
        var page = await queries.ListAsync(filter ?? DashboardFilter.All, request);
        return [.. page.Rows.Select(r => r.PublicId).Where(id => id.StartsWith("seed-", StringComparison.Ordinal))];
    }

    [Fact]
    public async Task The_list_shows_both_seeds_newest_first_with_their_places_and_top_theme()
    {
        var (queries, _, _) = await QueriesAsync();
        var page = await queries.ListAsync(DashboardFilter.All, DocumentListRequest.Default);

        var seeds = page.Rows.Where(r => r.PublicId.StartsWith("seed-", StringComparison.Ordinal)).ToList();
        Assert.Equal([Dongguan, Suihua], seeds.Select(r => r.PublicId));
        var suihua = seeds[1];
        Assert.Equal("Suihua", suihua.Place?.EnglishName);
        Assert.Equal("230000", suihua.Province?.Code);
        Assert.Equal(DocumentKind.MeetingRelease, suihua.Kind);
        Assert.True(suihua.WordTokens > 100);
        Assert.NotNull(suihua.TopThemeId);
        Assert.True(suihua.TopThemeHits > 0);
    }

    [Theory]
    [InlineData("Suihua", Suihua)]
    [InlineData("suihua", Suihua)]
    [InlineData("绥化", Suihua)]
    [InlineData("綏化", Suihua)]
    [InlineData("黑龙江", Suihua)]
    [InlineData("冰雪", Suihua)]
    [InlineData("Dongguan", Dongguan)]
    [InlineData("松山湖", Dongguan)]
    [InlineData("理论学习中心组", Dongguan)]
    public async Task A_search_finds_titles_texts_and_locality_names_in_either_script(string query, string expected)
    {
        Assert.Equal([expected], await SeedIdsAsync(new DocumentListRequest { Query = query }));
    }

    [Fact]
    public async Task Every_word_of_a_search_must_match_and_the_filter_still_applies()
    {
        Assert.Equal([Suihua], await SeedIdsAsync(new DocumentListRequest { Query = "绥化 新质生产力" }));
        Assert.Empty(await SeedIdsAsync(new DocumentListRequest { Query = "绥化 松山湖" }));
        Assert.Empty(await SeedIdsAsync(new DocumentListRequest { Query = "绥化" }, new DashboardFilter { ProvinceCodes = new HashSet<string> { "440000" } }));
    }

    [Fact]
    public async Task Sorting_reverses_and_pages_cut_the_sorted_list()
    {
        var byDateAscending = await SeedIdsAsync(new DocumentListRequest { Sort = DocumentSort.Date, Descending = false });
        Assert.Equal([Suihua, Dongguan], byDateAscending);
        var byProvince = await SeedIdsAsync(new DocumentListRequest { Sort = DocumentSort.Province, Descending = false });
        Assert.Equal([Dongguan, Suihua], byProvince); // guangdong before heilongjiang

        var (queries, _, _) = await QueriesAsync();
        var first = await queries.ListAsync(DashboardFilter.All, new DocumentListRequest { Query = "新质生产力", PageSize = 1, Sort = DocumentSort.Date });
        var second = await queries.ListAsync(DashboardFilter.All, new DocumentListRequest { Query = "新质生产力", PageSize = 1, Page = 2, Sort = DocumentSort.Date });
        var beyond = await queries.ListAsync(DashboardFilter.All, new DocumentListRequest { Query = "新质生产力", PageSize = 1, Page = 99, Sort = DocumentSort.Date });
        Assert.True(first.Total >= 2);
        Assert.Equal(first.Total, first.PageCount);
        Assert.Single(second.Rows);
        Assert.NotEqual(first.Rows[0].PublicId, second.Rows[0].PublicId);
        Assert.Equal(first.PageCount, beyond.Page);
    }

    [Fact]
    public async Task The_document_page_has_both_texts_sentences_highlights_priorities_and_keywords()
    {
        var (queries, _, _) = await QueriesAsync();
        var detail = await queries.DetailAsync(Dongguan);

        Assert.NotNull(detail);
        Assert.Equal("441900", detail.Metadata.Place?.Code);
        Assert.Equal("440000", detail.Metadata.Province?.Code);
        Assert.Equal(new PolicyDate(2024, 11, 28, true), detail.Metadata.Date);
        var original = string.Concat(detail.Original.Select(s => s.Text));
        Assert.Contains("東莞市委", original);
        Assert.Contains(detail.Original, s => s.Marks.Any(m => m.Kind == TextMarkKind.Theme));

        var stored = await new ActiveAnalysis(fixture.Context, Resources.Value).Store.FindAsync(Dongguan);
        var expected = Analysis.Text.SentenceSplitter.Split(stored!.NormalisedText);
        Assert.Equal(expected.Select(s => s.Text), detail.Sentences.Select(s => s.Text));
        Assert.Equal(Enumerable.Range(0, expected.Count), detail.Sentences.Select(s => s.Index));
        var marks = detail.Sentences.SelectMany(s => s.Segments).SelectMany(s => s.Marks).ToList();
        Assert.Contains(marks, m => m.Kind == TextMarkKind.Theme && m.Id == "future-industries");
        Assert.Contains(marks, m => m.Kind == TextMarkKind.Instrument);
        Assert.Contains(marks, m => m.Kind == TextMarkKind.Priority);
        Assert.Contains(detail.Sentences.SelectMany(s => s.Segments), s => s.Text == "未来产业" && s.Marks.Any(m => m.Kind == TextMarkKind.Theme));

        Assert.NotEmpty(detail.Priorities);
        Assert.NotEmpty(detail.Keywords);
        Assert.Contains(detail.Themes, t => t.ThemeId == "future-industries" && t.Terms.Contains("未来产业"));
        Assert.NotEmpty(detail.Instruments);
        Assert.Equal("441900", detail.DetectedLocality?.Place.Code);
        Assert.StartsWith("nodejieba@", detail.Versions?.Lexicon);
        Assert.Null(await queries.DetailAsync("no-such-document"));
    }

    [Fact]
    public async Task An_edit_changes_the_document_and_its_analysis()
    {
        var (queries, analysis, snapshots) = await QueriesAsync();
        await analysis.Store.AddAsync(new NewDocument("3月2日，东莞市委召开会议，强调要加快发展未来产业，加强资金保障。") { PublicId = "documents-edit" });
        var before = await queries.DetailAsync("documents-edit");
        var edit = DocumentMetadataEdit.From(before!.Metadata) with { Title = "肇东会议", LocalityCode = "231282", Kind = DocumentKind.Plan, Issuer = "  " };

        var result = await analysis.Store.UpdateMetadataAsync("documents-edit", edit.ApplyTo);
        await snapshots.RefreshAsync();

        Assert.True(result.Added, result.Refusal?.Message);
        var after = await queries.DetailAsync("documents-edit");
        Assert.Equal("肇东会议", after!.Metadata.Title);
        Assert.Equal("231282", after.Metadata.Place?.Code);
        Assert.Equal("230000", after.Metadata.Province?.Code);
        Assert.Equal(DocumentKind.Plan, after.Metadata.Kind);
        Assert.Null(after.Metadata.Issuer);
        var row = (await queries.ListAsync(DashboardFilter.All, new DocumentListRequest { Query = "肇东会议" })).Rows.Single();
        Assert.Equal("231282", row.Place?.Code);
    }

    [Fact]
    public async Task A_removed_document_leaves_the_list_shows_among_the_removed_and_comes_back_when_restored()
    {
        var (queries, analysis, snapshots) = await QueriesAsync();
        await analysis.Store.AddAsync(new NewDocument("3月3日，海伦市委召开会议，部署大豆产业。") { PublicId = "documents-removed", Title = "海伦大豆" });

        Assert.True(await analysis.Store.RemoveAsync("documents-removed"));
        await snapshots.RefreshAsync();
        Assert.Empty((await queries.ListAsync(DashboardFilter.All, new DocumentListRequest { Query = "海伦大豆" })).Rows);
        Assert.Null(await queries.DetailAsync("documents-removed"));
        var removed = Assert.Single(await queries.RemovedAsync(), r => r.PublicId == "documents-removed");
        Assert.Equal("231283", removed.Place?.Code);

        Assert.True(await analysis.Store.RestoreAsync("documents-removed"));
        await snapshots.RefreshAsync();
        Assert.DoesNotContain(await queries.RemovedAsync(), r => r.PublicId == "documents-removed");
        Assert.Single((await queries.ListAsync(DashboardFilter.All, new DocumentListRequest { Query = "海伦大豆" })).Rows);
    }

    [Fact]
    public async Task A_locality_detected_with_low_confidence_stays_a_suggestion_until_an_editor_saves_the_metadata()
    {
        var (queries, analysis, snapshots) = await QueriesAsync();
        var added = await analysis.Store.AddAsync(new NewDocument("会议在东莞召开，强调加快发展人工智能产业，推动制造业转型升级。") { PublicId = "documents-suggested" });
        Assert.True(added.Added, added.Refusal?.Message);
        await snapshots.RefreshAsync();

        var detail = await queries.DetailAsync("documents-suggested");
        Assert.Equal("441900", detail!.Metadata.Place?.Code);
        Assert.True(detail.Metadata.LocalitySuggested);
        Assert.True(detail.DetectedLocality!.Confidence < Analysis.Places.LocalityConfidence.Confirmed);
        var row = (await queries.ListAsync(DashboardFilter.All, new DocumentListRequest { Query = "人工智能产业" })).Rows.Single(r => r.PublicId == "documents-suggested");
        Assert.True(row.LocalitySuggested);
        Assert.False((await queries.DetailAsync(Suihua))!.Metadata.LocalitySuggested);

        await new ReanalysisJob(fixture.Context, new DocumentAnalyzer(Resources.Value)).RunAsync();
        Assert.True((await queries.DetailAsync("documents-suggested"))!.Metadata.LocalitySuggested);

        var edit = DocumentMetadataEdit.From(detail.Metadata);
        Assert.True((await analysis.Store.UpdateMetadataAsync("documents-suggested", edit.ApplyTo)).Added);
        await snapshots.RefreshAsync();
        var confirmed = await queries.DetailAsync("documents-suggested");
        Assert.Equal("441900", confirmed!.Metadata.Place?.Code);
        Assert.False(confirmed.Metadata.LocalitySuggested);
    }
}

public sealed class SqliteDocumentQueriesTests(SqliteStoreFixture fixture) : DocumentQueriesTests<SqliteStoreFixture>(fixture);

public sealed class PostgresDocumentQueriesTests(PostgresStoreFixture fixture) : DocumentQueriesTests<PostgresStoreFixture>(fixture);
