using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Documents;

namespace Dashboard.Analysis.Tests.Support;

/// <summary>The two seeds analysed once with the default resources, for the corpus tests.</summary>
public sealed class SeedCorpus
{
    private static readonly Lazy<SeedCorpus> Shared = new(() => new SeedCorpus());

    private SeedCorpus()
    {
        Resources = AnalysisResources.Load();
        Analyzer = new DocumentAnalyzer(Resources);
        Dongguan = Analyzer.Analyze(new DocumentInput("dongguan", Support.Shared.SeedRaw(Support.Shared.Dongguan)));
        Suihua = Analyzer.Analyze(new DocumentInput("suihua", Support.Shared.SeedRaw(Support.Shared.Suihua)));
        Corpus = new CorpusAnalyzer(Resources).Analyze([Dongguan, Suihua]);
    }

    public static SeedCorpus Instance => Shared.Value;

    public AnalysisResources Resources { get; }

    public DocumentAnalyzer Analyzer { get; }

    public DocumentAnalysis Dongguan { get; }

    public DocumentAnalysis Suihua { get; }

    public CorpusAnalysis Corpus { get; }

    public GroupAnalysis Group(string code) => Corpus.Groups.Single(g => g.Key == code);
}
