using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Segmentation.Keywords;
using Dashboard.Segmentation.PosTagging;
using Dashboard.Segmentation.Tests.Support;

namespace Dashboard.Segmentation.Tests;

public class KeywordTests(KeywordTests.Answers python) : IClassFixture<KeywordTests.Answers>
{
    private static readonly string[] SeedNames = ["000_7fb5d263923113ca.txt", "002_f6af64227d9b497f.txt"];

    public static TheoryData<string, bool> Seeds => new()
    {
        { SeedNames[0], false },
        { SeedNames[0], true },
        { SeedNames[1], false },
        { SeedNames[1], true },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tfidf_top_20_equals_python_jieba_words_and_weights(string seed, bool withStopWordFile)
    {
        var extractor = new TfidfExtractor(Lexicon.Segmenter, IdfTable.Load(Lexicon.Paths.Idf), StopWordsFor(withStopWordFile));
        var ours = extractor.ExtractTagsWithWeight(Lexicon.NormalisedSeed(seed), 20);
        Assert.Equal(20, ours.Count);
        Assert.Equal(PythonJieba.KeywordLines(python[$"tfidf/{seed}/{withStopWordFile}"]), Format(ours));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TextRank_top_20_is_the_set_python_jieba_gives(string seed, bool withStopWordFile)
    {
        var extractor = new TextRankExtractor(new PosSegmenter(Lexicon.Segmenter), StopWordsFor(withStopWordFile));
        var ours = extractor.ExtractTagsWithWeight(Lexicon.NormalisedSeed(seed), 20);
        var expected = PythonJieba.KeywordLines(python[$"textrank/{seed}/{withStopWordFile}"]);
        Assert.Equal(
            expected.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]).ToHashSet(),
            ours.Select(k => k.Word).ToHashSet());
        Assert.Equal(expected, Format(ours)); // order and weights agree too
    }

    [Fact]
    public void Keywords_of_the_whole_weicheng_text_equal_python_jieba()
    {
        var tfidf = TfidfExtractor.CreateDefault(Lexicon.Segmenter).ExtractTagsWithWeight(Lexicon.Weicheng, 50);
        Assert.Equal(PythonJieba.KeywordLines(python["tfidf/weicheng"]), Format(tfidf));
        var textRank = new TextRankExtractor(new PosSegmenter(Lexicon.Segmenter), new StopWords()).ExtractTagsWithWeight(Lexicon.Weicheng, 50);
        Assert.Equal(PythonJieba.KeywordLines(python["textrank/weicheng"]), Format(textRank));
    }

    [Fact]
    public void Unknown_words_get_the_median_idf()
    {
        var idf = IdfTable.Load(Lexicon.Paths.Idf);
        Assert.Equal(idf.Median, idf["绝对不在词表里的词"]);
        Assert.NotEqual(idf.Median, idf["生产力"]);
    }

    [Fact]
    public void Stop_words_and_single_characters_are_never_keywords()
    {
        var keywords = TfidfExtractor.CreateDefault(Lexicon.Segmenter).ExtractTags("the of 的 是 在 发展 发展 经济", 10);
        Assert.Equal(["发展", "经济"], keywords);
    }

    private static StopWords StopWordsFor(bool withFile) =>
        withFile ? new StopWords().Add(Lexicon.Paths.StopWords) : new StopWords();

    private static string Format(IEnumerable<Keyword> keywords) =>
        string.Concat(keywords.Select(k => $"{k.Word}\t{k.Weight.ToString("F6", CultureInfo.InvariantCulture)}\n"));

    public sealed class Answers : ReferenceAnswers
    {
        protected override IEnumerable<(string Key, JsonObject Request)> Requests()
        {
            var idf = Lexicon.Paths.Idf;
            foreach (var seed in SeedNames)
            {
                var text = Lexicon.NormalisedSeed(seed);
                foreach (var withFile in new[] { false, true })
                {
                    var stopWords = withFile ? Lexicon.Paths.StopWords : null;
                    yield return ($"tfidf/{seed}/{withFile}", PythonJieba.Keywords("tfidf", text, 20, idf, stopWords));
                    yield return ($"textrank/{seed}/{withFile}", PythonJieba.Keywords("textrank", text, 20, idf, stopWords));
                }
            }

            yield return ("tfidf/weicheng", PythonJieba.Keywords("tfidf", Lexicon.Weicheng, 50, idf, null));
            yield return ("textrank/weicheng", PythonJieba.Keywords("textrank", Lexicon.Weicheng, 50, idf, null));
        }
    }
}
