using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Evaluation;

namespace Dashboard.Analysis.Tests.Evaluation;

/// <summary>The evaluation over a small gold corpus written for the test: what it counts and how.</summary>
public sealed class CorpusEvaluatorTests : IDisposable
{
    private static readonly Lazy<CorpusEvaluator> Evaluator = new(() =>
    {
        var resources = AnalysisResources.Load();
        return new CorpusEvaluator(new DocumentAnalyzer(resources), new IndustryKeys(resources.IndustryResolver));
    });

    private readonly string _folder = Directory.CreateTempSubdirectory("gold-").FullName;

    [Fact]
    public void Each_part_is_scored_for_locality_date_industries_and_titles()
    {
        var corpus = Gold(
            ("a.txt", "development", "宿迁市", "321300", "321300", "320000", "3月5日", "NONE", "新能源汽车 | 苹果", "3月5日，宿迁市委召开会议，要大力发展新能源汽车、锂电池产业。"),
            ("b.txt", "development", "宿迁市", "321300", "321300", "320000", "NONE", "NONE", "NONE", "常州市委召开理论学习会，深入学习党的创新理论。"),
            ("c.txt", "test", "宝鸡市", "610300", "610300", "610000", "NONE", "NONE", "NONE", "会议强调，要深入学习贯彻党的创新理论。"));

        var report = Evaluator.Value.Evaluate(corpus, new DateOnly(2026, 12, 1));

        var development = report.Part(GoldDocument.Development)!;
        Assert.Equal((2, 1, 1, 0), (development.Documents, development.LocalityExact, development.WrongPlaces, development.LocalityUnknown));
        Assert.Equal((1, 1), (development.DatesGiven, development.DatesRight));
        Assert.Equal((2, 1, 2, 1), (development.GoldIndustries, development.MatchedGold, development.FoundIndustries, development.CorrectFound));
        Assert.Equal((1, 0), (development.SectorFreeDocuments, development.SectorFreeWithIndustries));
        var test = report.Part(GoldDocument.Test)!;
        Assert.Equal(1, test.LocalityUnknown);

        var a = report.Documents.Single(d => d.Gold.Id == "a");
        Assert.Equal(["苹果"], a.Missed);
        Assert.Equal("锂电池", Assert.Single(a.Invented).Item);
        Assert.Equal(LocalityOutcome.Wrong, report.Documents.Single(d => d.Gold.Id == "b").LocalityOutcome);
    }

    [Fact]
    public void Thresholds_say_in_words_which_figure_falls_short()
    {
        var corpus = Gold(("b.txt", "development", "宿迁市", "321300", "321300", "320000", "NONE", "NONE", "NONE", "常州市委召开理论学习会。"));
        var report = Evaluator.Value.Evaluate(corpus);
        var thresholds = new EvaluationThresholds(GoldDocument.Development, 0.95, 0, 0.95, 0.9, 0.9, 0, 0);

        var failures = thresholds.Failures(report);

        Assert.Contains("development: locality exact is 0.0 %, below 95 %", failures);
        Assert.Contains("development: wrong places is 1, above 0", failures);
        Assert.DoesNotContain(failures, f => f.Contains("industries", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("生物医药及医疗装备", "biomedicine|medical-devices")]
    [InlineData("茶", "tea")]
    [InlineData("油莎豆全产业链", "~油莎豆")]
    public void A_gold_string_denotes_its_canonical_industries(string gold, string keys)
    {
        var resources = AnalysisResources.Load();
        Assert.Equal(keys.Split('|').Order(), new IndustryKeys(resources.IndustryResolver).Of(gold).Order());
    }

    [Fact]
    public void A_gold_row_that_cannot_be_read_stops_the_load_with_its_line()
    {
        File.WriteAllText(Path.Combine(_folder, "index.tsv"), Header + "\nx.txt\tsomewhere\n");

        var error = Assert.Throws<InvalidDataException>(() => GoldCorpus.Load(Path.Combine(_folder, "index.tsv")));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaning.
        }
    }

    private const string Header = "file\tpart\tlocality\tcode\tlevel\tprovince\tprovince_code\tdate_given\tdate_also\turl\theadline\tnaming\tkind\tnoise\tindustries";

    private GoldCorpus Gold(params (string File, string Part, string Name, string Code, string Level, string Province, string Date, string Also, string Industries, string Text)[] rows)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "docs"));
        var lines = new List<string> { Header };
        foreach (var r in rows)
        {
            File.WriteAllText(Path.Combine(_folder, "docs", r.File), r.Text);
            lines.Add(string.Join('\t', r.File, r.Part, r.Name, r.Code, "prefecture", r.Province, r.Province, r.Date, r.Also, "NONE", "NONE", "full", "conference", "none", r.Industries));
        }

        File.WriteAllLines(Path.Combine(_folder, "index.tsv"), lines);
        return GoldCorpus.Load(Path.Combine(_folder, "index.tsv"));
    }
}
