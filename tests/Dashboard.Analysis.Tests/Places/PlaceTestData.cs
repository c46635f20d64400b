using System.Runtime.CompilerServices;
using Dashboard.Analysis.Places;
using Dashboard.Normalisation;

namespace Dashboard.Analysis.Tests.Places;

/// <summary>The gazetteer, a normaliser and the seed documents, loaded once for the place tests.</summary>
internal static class PlaceTestData
{
    public const string DongguanSeed = "000_7fb5d263923113ca.txt";
    public const string SuihuaSeed = "002_f6af64227d9b497f.txt";

    private static readonly Lazy<TextNormaliser> SharedNormaliser = new(TextNormaliser.LoadDefault);

    public static Gazetteer Gazetteer => Gazetteer.LoadDefault();

    private static readonly Lazy<Segmentation.JiebaSegmenter> SharedSegmenter = new(() => Segmentation.JiebaSegmenter.Create());

    /// <summary>The detector as the analysis builds it: with the segmenter's words and dictionary.</summary>
    public static LocalityDetector Detector { get; } = new(
        Gazetteer.LoadDefault(),
        PlaceNameTable.LoadDefault(),
        word => SharedSegmenter.Value.GetFrequency(word) is > 0,
        text => SharedSegmenter.Value.Tokenize(text).Select(t => t.StartIndex).ToHashSet());

    public static string Normalise(string raw) => SharedNormaliser.Value.Normalise(raw).Text;

    /// <summary>A seed document, normalised.</summary>
    public static string Seed(string fileName) => Normalise(File.ReadAllText(Path.Combine(SeedDirectory(), fileName)));

    // Found from this source file, so that the tests also run from a build with its own --artifacts-path.
    private static string SeedDirectory([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds) && File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException($"No seeds/ beside a Dashboard.sln above {sourceFile}.");
    }
}
