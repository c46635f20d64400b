using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Text;
using Dashboard.Analysis.Themes;
using Dashboard.Normalisation;
using Dashboard.Segmentation;

namespace Dashboard.Analysis.Tests.Support;

/// <summary>The default taxonomy, rules and a segmenter that knows their words, loaded once for all tests.</summary>
public static class Shared
{
    private static readonly Lazy<ThemeTaxonomy> SharedTaxonomy = new(ThemeTaxonomy.LoadDefault);
    private static readonly Lazy<InstrumentRules> SharedRules = new(InstrumentRules.LoadDefault);
    private static readonly Lazy<TextAnalyser> SharedAnalyser = new(() => new TextAnalyser(
        TextNormaliser.LoadDefault(),
        AnalysisVocabulary.CreateSegmenter(LexiconPaths.Default, SharedTaxonomy.Value, SharedRules.Value)));

    public static ThemeTaxonomy Taxonomy => SharedTaxonomy.Value;

    public static InstrumentRules Rules => SharedRules.Value;

    public static TextAnalyser Analyser => SharedAnalyser.Value;

    public const string Dongguan = "000_7fb5d263923113ca.txt";
    public const string Suihua = "002_f6af64227d9b497f.txt";

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Dashboard.sln not found above the test output.");
        }
    }

    public static string SeedRaw(string file) => File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", file));

    public static AnalysedText Seed(string file) => Analyser.Analyse(SeedRaw(file));
}
