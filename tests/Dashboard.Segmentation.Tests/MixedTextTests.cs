using System.Text.Json.Nodes;
using Dashboard.Segmentation.PosTagging;
using Dashboard.Segmentation.Tests.Support;

namespace Dashboard.Segmentation.Tests;

/// <summary>Latin words, numbers, punctuation, rare characters and odd lengths come out as jieba cuts them.</summary>
public class MixedTextTests(MixedTextTests.Answers python) : IClassFixture<MixedTextTests.Answers>
{
    public static readonly string[] Samples =
    [
        "",
        " ",
        "\r\n",
        "我爱Python和C#编程，也用Node.js写web-server。",
        "增长3.5%，达到1,234.56亿元；GDP增速6.1%左右",
        "2024年11月28日上午9:30，iPhone 15 Pro发布",
        "“4106”现代化产业体系、“十百千万百万”人才工程",
        "AT&T和c++、R&D以及e-mail_address_1.2.3",
        "𠀀𠀁是扩展B区汉字，𪚥也是；😀表情符号",
        "全角ＡＢＣ１２３和半角abc123混排　　全角空格",
        "\t制表符\v垂直制表\f换页\u2028行分隔\u00a0不换行空格",
        "这是一个没有任何标点符号的很长很长的句子用来测试当一行文字非常长而且中间完全没有标点符号的时候分词器是否仍然能够正确地把它切分成词语" +
            "并且与结巴分词的结果完全一致我们重复一些词语新质生产力新质生产力战略性新兴产业产学研深度融合工改工土地整备",
        "ｘ（试行）(2024)【通知】《规划》——……～·",
        "abc def　ghi\u3000jkl",
        "韦皓主持会议并讲话，吕成蹊、郑建民等出席",
    ];

    private static readonly string[] Modes = ["precise", "all", "search", "posseg"];

    public static TheoryData<int> Indexes() => [.. Enumerable.Range(0, Samples.Length)];

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Mixed_text_is_cut_as_python_jieba_cuts_it_in_every_mode(int index)
    {
        var text = Samples[index];
        var segmenter = Lexicon.Segmenter;
        var tagger = new PosSegmenter(segmenter);
        foreach (var hmm in new[] { true, false })
        {
            foreach (var mode in Modes)
            {
                var ours = Lexicon.Format(text, line => mode switch
                {
                    "all" => segmenter.Cut(line, cutAll: true, hmm),
                    "search" => segmenter.CutForSearch(line, hmm),
                    "posseg" => tagger.Cut(line, hmm).Select(p => p.ToString()),
                    _ => segmenter.Cut(line, hmm: hmm),
                });
                AgreementWithPythonJiebaTests.AssertSameLines(PythonJieba.Lines(python[$"{index}/{mode}/{hmm}"]), ours);
            }
        }
    }

    [Fact]
    public void Empty_input_gives_no_tokens()
    {
        Assert.Empty(Lexicon.Segmenter.Cut(""));
        Assert.Empty(Lexicon.Segmenter.CutForSearch(""));
        Assert.Empty(Lexicon.Segmenter.Tokenize(""));
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_never_split_into_surrogate_halves()
    {
        Assert.Equal(["𠀀", "𠀁", "汉字"], Lexicon.Segmenter.Cut("𠀀𠀁汉字"));
    }

    [Fact]
    public void Decimal_numbers_with_percent_stay_whole()
    {
        Assert.Contains("3.5%", Lexicon.Segmenter.Cut("同比增长3.5%以上"));
    }

    [Fact]
    public void Very_long_line_without_punctuation_is_cut_completely()
    {
        var line = string.Concat(Enumerable.Repeat("发展新质生产力推动高质量发展", 5_000));
        var words = Lexicon.Segmenter.Cut(line).ToList();
        Assert.Equal(line, string.Concat(words));
        Assert.Contains("生产力", words);
    }

    public sealed class Answers : ReferenceAnswers
    {
        protected override IEnumerable<(string Key, JsonObject Request)> Requests()
        {
            for (var i = 0; i < Samples.Length; i++)
            {
                foreach (var mode in Modes)
                {
                    yield return ($"{i}/{mode}/True", PythonJieba.Cut(mode, Samples[i], hmm: true));
                    yield return ($"{i}/{mode}/False", PythonJieba.Cut(mode, Samples[i], hmm: false));
                }
            }
        }
    }
}
