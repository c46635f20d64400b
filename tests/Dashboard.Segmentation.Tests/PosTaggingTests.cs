using System.Text.Json.Nodes;
using Dashboard.Segmentation.PosTagging;
using Dashboard.Segmentation.Tests.Support;

namespace Dashboard.Segmentation.Tests;

public class PosTaggingTests(PosTaggingTests.Answers python) : IClassFixture<PosTaggingTests.Answers>
{
    [Theory]
    [InlineData("weicheng", true)]
    [InlineData("weicheng", false)]
    [InlineData("000_7fb5d263923113ca.txt", true)]
    [InlineData("002_f6af64227d9b497f.txt", true)]
    public void Pos_tags_equal_python_jieba_posseg(string input, bool hmm)
    {
        var tagger = new PosSegmenter(Lexicon.Segmenter);
        var ours = Lexicon.Format(Text(input), line => tagger.Cut(line, hmm).Select(p => p.ToString()));
        AgreementWithPythonJiebaTests.AssertSameLines(PythonJieba.Lines(python[$"{input}/{hmm}"]), ours);
    }

    [Fact]
    public void Dictionary_words_get_their_dictionary_tag()
    {
        var tags = new PosSegmenter(Lexicon.Segmenter).Cut("绥化市加快发展新质生产力").ToList();
        Assert.Contains(new WordPos("发展", "vn"), tags);
    }

    [Fact]
    public void User_dictionary_tags_are_used()
    {
        var segmenter = JiebaSegmenter.Create();
        segmenter.AddWord("新质生产力", tag: "nz");
        Assert.Contains(new WordPos("新质生产力", "nz"), new PosSegmenter(segmenter).Cut("发展新质生产力"));
    }

    private static string Text(string input) => input == "weicheng" ? Lexicon.Weicheng : Lexicon.NormalisedSeed(input);

    public sealed class Answers : ReferenceAnswers
    {
        protected override IEnumerable<(string Key, JsonObject Request)> Requests()
        {
            yield return ("weicheng/True", PythonJieba.Cut("posseg", Text("weicheng"), hmm: true));
            yield return ("weicheng/False", PythonJieba.Cut("posseg", Text("weicheng"), hmm: false));
            yield return ("000_7fb5d263923113ca.txt/True", PythonJieba.Cut("posseg", Text("000_7fb5d263923113ca.txt")));
            yield return ("002_f6af64227d9b497f.txt/True", PythonJieba.Cut("posseg", Text("002_f6af64227d9b497f.txt")));
        }
    }
}
