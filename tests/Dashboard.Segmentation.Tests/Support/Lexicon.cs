using Dashboard.Normalisation;

namespace Dashboard.Segmentation.Tests.Support;

/// <summary>The fetched lexicon data and the seeds, and one loaded segmenter shared by the tests.</summary>
public static class Lexicon
{
    private static readonly Lazy<JiebaSegmenter> SharedSegmenter = new(() => JiebaSegmenter.Create());
    private static readonly Lazy<TextNormaliser> SharedNormaliser = new(TextNormaliser.LoadDefault);

    public static LexiconPaths Paths => LexiconPaths.Default;

    /// <summary>A segmenter nobody changes: tests that add words make their own.</summary>
    public static JiebaSegmenter Segmenter => SharedSegmenter.Value;

    public static string Weicheng => File.ReadAllText(Path.Combine(Paths.Directory, "weicheng.utf8"));

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

    public static IEnumerable<string> SeedFiles =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal);

    public static string NormalisedSeed(string fileName) =>
        SharedNormaliser.Value.Normalise(File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", fileName))).Text;

    /// <summary>Our output in the reference script's format: one line per input line, tokens joined by " / ".</summary>
    public static string Format(string text, Func<string, IEnumerable<string>> cut) =>
        string.Concat(text.Split('\n').Select(line => string.Join(" / ", cut(line)) + "\n"));
}
