using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;
using Dashboard.Analysis.Synthetic;

namespace Dashboard.Benchmarks;

/// <summary>The synthetic corpus the analysis, import and dashboard benchmarks share: the seeds' sentences spread
/// over every seventh prefecture or county of the gazetteer, each document marked synthetic.</summary>
internal static class SyntheticInput
{
    public static (IReadOnlyList<DocumentInput> Documents, IReadOnlyList<PlaceRef> Places) Build(DocumentAnalyzer analyzer, int documents, int localities)
    {
        var resources = analyzer.Resources;
        var seeds = Directory.GetFiles(Path.Combine(RepositoryRoot(), "seeds"), "*.txt")
            .Select(f => resources.Text.Normaliser.Normalise(File.ReadAllText(f)).Text);
        var places = resources.Gazetteer.All
            .Where(d => d.Level != AdministrativeLevel.Province)
            .Where((_, i) => i % 7 == 0)
            .Take(localities)
            .Select(analyzer.Place)
            .ToList();
        return (SyntheticCorpus.Generate(SyntheticCorpus.SentencesOf(seeds), places, ["东莞", "绥化"], documents), places);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
