using System.Reflection;
using System.Text;
using Dashboard.Segmentation;

namespace Dashboard.Benchmarks;

/// <summary>The shared input: weicheng.utf8 (a 734 KB novel) repeated to about 10 MB, cut line by line.</summary>
public sealed class BenchmarkInput
{
    public const long TargetBytes = 10_000_000;

    private BenchmarkInput(string text, int repeat)
    {
        Text = text;
        Repeat = repeat;
        Lines = text.Split('\n');
        Utf8Bytes = Encoding.UTF8.GetByteCount(text);
    }

    public string Text { get; }

    public string[] Lines { get; }

    public int Repeat { get; }

    /// <summary>UTF-8 bytes of the whole input, newlines included: the numerator of every MB/s figure.</summary>
    public long Utf8Bytes { get; }

    /// <summary>The lexicon beside this program or, for BenchmarkDotNet's generated child project, the nearest
    /// <c>lexicon/jieba</c> folder up the tree.</summary>
    public static LexiconPaths Lexicon { get; } = FindLexicon();

    public static string NovelPath => Path.Combine(Lexicon.Directory, "weicheng.utf8");

    /// <summary>How many copies of the novel make about <see cref="TargetBytes"/>.</summary>
    public static int DefaultRepeat => (int)Math.Max(1, Math.Round(TargetBytes / (double)new FileInfo(NovelPath).Length));

    public static BenchmarkInput Load(int? repeat = null)
    {
        var copies = repeat ?? DefaultRepeat;
        var novel = File.ReadAllText(NovelPath, Encoding.UTF8);
        var builder = new StringBuilder(novel.Length * copies);
        for (var i = 0; i < copies; i++)
        {
            builder.Append(novel);
            if (!novel.EndsWith('\n'))
            {
                builder.Append('\n');
            }
        }

        return new BenchmarkInput(builder.ToString(), copies);
    }

    /// <summary>Writes the input as UTF-8 without a BOM, for the Python and Node runs to read the same bytes.</summary>
    public void WriteTo(string path) => File.WriteAllText(path, Text, new UTF8Encoding(false));

    /// <summary>This project's source folder, recorded at build time (the Node script and its node_modules live there).</summary>
    public static string ProjectDirectory =>
        typeof(BenchmarkInput).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "BenchmarksProjectDirectory").Value!;

    private static LexiconPaths FindLexicon()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "lexicon", "jieba"), Path.Combine(dir.FullName, ".lexicon", "jieba") })
            {
                if (File.Exists(Path.Combine(candidate, "jieba.dict.utf8")))
                {
                    return new LexiconPaths(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException($"No lexicon/jieba/jieba.dict.utf8 above {AppContext.BaseDirectory}; build with UsesLexicon=true.");
    }
}
