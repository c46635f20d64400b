using System.Runtime.CompilerServices;
using Dashboard.Analysis.Industries;
using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Priorities;
using Dashboard.Analysis.Text;
using Dashboard.Analysis.Themes;
using Dashboard.Normalisation;
using Dashboard.Segmentation;
using Dashboard.Segmentation.PosTagging;

namespace Dashboard.Analysis.Tests.Priorities;

/// <summary>
/// Text analysis and priority extraction over one segmenter, loaded once per vocabulary: jieba's dictionary alone,
/// with a few taxonomy terms added, and with the whole default taxonomy, instrument rules and industry vocabulary (as
/// in production). All read industries with the default vocabulary and cues.
/// </summary>
internal sealed class PriorityPipeline
{
    public const string Dongguan = "000_7fb5d263923113ca.txt";
    public const string Suihua = "002_f6af64227d9b497f.txt";

    /// <summary>Terms the taxonomy puts in the user dictionary that change how the seeds are cut.</summary>
    public static readonly string[] UserWords =
    [
        "新质生产力", "战略性新兴产业", "产学研", "工改工", "大科学装置", "产业集群", "战新产业", "战新产业集群", "产业基地",
        "材料实验室", "科创平台", "经开区", "高新技术产业开发区", "下一代移动通信", "前沿新材料", "未来生命健康", "未来产业",
        "生物发酵", "医药制造", "电子装备", "现代化产业体系", "人才工程", "核心引擎", "原创性", "颠覆性", "高端化", "智能化",
        "绿色化", "平台建设", "重点领域", "关键领域",
    ];

    private static readonly Lazy<TextNormaliser> SharedNormaliser = new(TextNormaliser.LoadDefault);
    private static readonly Lazy<IndustryResolver> SharedIndustries = new(() => new IndustryResolver(IndustryVocabulary.LoadDefault(), IndustryCues.LoadDefault()));
    private static readonly Lazy<PriorityPipeline> SharedPlain = new(() => new PriorityPipeline(JiebaSegmenter.Create()));
    private static readonly Lazy<PriorityPipeline> SharedWithUserWords = new(() => new PriorityPipeline(WithWords(UserWords)));
    private static readonly Lazy<PriorityPipeline> SharedProduction = new(() => new PriorityPipeline(
        AnalysisVocabulary.CreateSegmenter(LexiconPaths.Default, ThemeTaxonomy.LoadDefault(), InstrumentRules.LoadDefault(), SharedIndustries.Value.Vocabulary)));

    private PriorityPipeline(JiebaSegmenter segmenter)
    {
        Analyser = new TextAnalyser(SharedNormaliser.Value, segmenter);
        Extractor = new PriorityExtractor(new PosSegmenter(segmenter), SharedIndustries.Value);
    }

    /// <summary>jieba's dictionary alone.</summary>
    public static PriorityPipeline Plain => SharedPlain.Value;

    /// <summary>With <see cref="UserWords"/> added.</summary>
    public static PriorityPipeline WithUserWords => SharedWithUserWords.Value;

    /// <summary>With every term of the default taxonomy, instrument rules and industry vocabulary, as the application runs.</summary>
    public static PriorityPipeline Production => SharedProduction.Value;

    public TextAnalyser Analyser { get; }

    public PriorityExtractor Extractor { get; }

    public IReadOnlyList<Priority> Extract(string raw) => Extractor.Extract(Analyser.Analyse(raw));

    public IReadOnlyList<Priority> Extract(string raw, PriorityKind kind) => [.. Extract(raw).Where(p => p.Kind == kind)];

    public static string ReadSeed(string fileName) => File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", fileName));

    /// <summary>The directory holding Dashboard.sln: above the test output, or (when the build puts its output
    /// elsewhere, as with --artifacts-path) above this source file.</summary>
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"No Dashboard.sln above {AppContext.BaseDirectory} or {sourceFile}.");
    }

    private static JiebaSegmenter WithWords(IEnumerable<string> words)
    {
        var segmenter = JiebaSegmenter.Create();
        foreach (var word in words)
        {
            segmenter.AddWord(word);
        }

        return segmenter;
    }
}
