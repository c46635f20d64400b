using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Priorities;
using Dashboard.Data.Queries;
using Dashboard.Data.Store;
using Dashboard.Data.Tests.Store;

namespace Dashboard.Data.Tests.Queries;

/// <summary>The report's model for the seeds (Dongguan against Suihua) and its tables as XLSX and CSV.</summary>
public sealed class ReportQueriesTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private static readonly Lazy<AnalysisResources> Resources = new(() => AnalysisResources.Load());

    private async Task<ReportModel> BuildAsync(string language = ReportRequest.English)
    {
        await SeedLoader.LoadAsync(fixture.Store, Path.Combine(StoreFixture.RepositoryRoot, "seeds"));
        var snapshots = new CorpusSnapshotCache(fixture.Context, Resources.Value.Gazetteer);
        var analysis = new ActiveAnalysis(fixture.Context, Resources.Value);
        var queries = new ReportQueries(
            fixture.Context, snapshots, analysis, new ComparisonQueries(fixture.Context, snapshots, analysis), new EvidenceQueries(fixture.Context, snapshots), TimeProvider.System);
        return await queries.BuildAsync(new ReportRequest { Groups = ComparisonGroupRef.ParseList("441900,231200"), Language = language });
    }

    private static IReadOnlyList<ReportTable> Tables(ReportModel model) =>
        ReportTables.Build(model, Resources.Value.Taxonomy, key => (model.Request.IsChinese ? "表 " : "T ") + key);

    [Fact]
    public async Task Dongguan_Suihua_report_holds_both_localities_Suihua_six_clusters_versions_and_documents()
    {
        var model = await BuildAsync();

        Assert.Equal(["441900", "231200"], model.Comparison.Groups.Select(g => g.Token));
        var suihua = model.Comparison.Groups[1];
        Assert.Equal(
            ["生物发酵", "食品加工", "电子装备", "精细化工", "医药制造", "麻纺制品"],
            suihua.Priorities.Where(p => p.Kind == PriorityKind.Industry && p.Head == "六大产业集群").Select(p => p.Item));
        Assert.Equal(Resources.Value.Versions, model.Method.Versions);
        Assert.False(string.IsNullOrEmpty(model.Method.Versions.Gazetteer));
        Assert.Equal(Resources.Value.Taxonomy.Themes.Count, model.Method.ThemeCount);
        Assert.Equal(2, model.Documents.Count);
        // Source documents are listed by province code, then locality: Heilongjiang (230000) before Guangdong (440000).
        Assert.Equal(["绥化市", "东莞市"], model.Documents.Select(d => d.LocalityName));
        Assert.All(model.Documents, d => Assert.False(string.IsNullOrEmpty(d.Title)));
        Assert.Contains(model.Evidence, e => e.GroupToken == "231200" && e.Sentences.Count > 0);
        Assert.True(model.GroupInstruments["231200"].Values.Sum() > 0);
    }

    [Fact]
    public async Task Workbook_has_one_sheet_per_table_with_headers_in_the_report_language()
    {
        var model = await BuildAsync(ReportRequest.Chinese);
        var tables = Tables(model);

        using var workbook = new XLWorkbook(new MemoryStream(ReportFiles.Workbook(tables)));

        Assert.Equal(
            ["表 Sheet.Themes", "表 Sheet.Instruments", "表 Sheet.Priorities", "表 Sheet.Terms", "表 Sheet.Evidence"],
            workbook.Worksheets.Select(s => s.Name));
        var matrix = workbook.Worksheet("表 Sheet.Themes");
        Assert.Equal("表 Table.Locality", matrix.Cell(1, 1).GetString());
        Assert.Equal("东莞市", matrix.Cell(2, 1).GetString());
        Assert.Equal("绥化市", matrix.Cell(3, 1).GetString());
        var priorities = workbook.Worksheet("表 Sheet.Priorities");
        Assert.Contains(priorities.RowsUsed().Skip(1), r => r.Cell(3).GetString() == "麻纺制品" && r.Cell(4).GetString() == "六大产业集群");
        Assert.True(workbook.Worksheet("表 Sheet.Terms").RowsUsed().Count() > 1);
        Assert.True(workbook.Worksheet("表 Sheet.Evidence").RowsUsed().Count() > 1);
    }

    [Fact]
    public async Task Csv_starts_with_the_byte_order_mark_and_keeps_Chinese()
    {
        var model = await BuildAsync();
        var priorities = Tables(model).Single(t => t.Id == "priorities");

        var csv = ReportFiles.Csv(priorities);
        var bytes = Encoding.UTF8.GetBytes(csv);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("\uFEFFT Table.Locality,", csv, StringComparison.Ordinal);
        Assert.Contains("Suihua (绥化市),", csv, StringComparison.Ordinal);
        Assert.Contains("六大产业集群", csv, StringComparison.Ordinal);

        using var zip = new ZipArchive(new MemoryStream(ReportFiles.CsvZip(Tables(model))));
        Assert.Equal(["locality-theme-matrix.csv", "instrument-mix.csv", "priorities.csv", "distinctive-terms.csv", "evidence-sentences.csv"], zip.Entries.Select(e => e.Name));
    }
}
