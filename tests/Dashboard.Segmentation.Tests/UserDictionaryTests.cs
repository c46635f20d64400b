using Dashboard.Segmentation.Tests.Support;

namespace Dashboard.Segmentation.Tests;

public class UserDictionaryTests
{
    private const string Sentence = "加快发展新质生产力，推进工改工和产学研深度融合，打响七大战新产业基地招牌";

    [Fact]
    public void Segmenter_keeps_user_dictionary_words_whole()
    {
        var segmenter = JiebaSegmenter.Create();
        Assert.DoesNotContain("新质生产力", segmenter.Cut(Sentence));
        segmenter.LoadUserDict(["新质生产力", "工改工 nz", "战新产业 20 n"]);
        var words = segmenter.Cut(Sentence).ToList();
        Assert.Contains("新质生产力", words);
        Assert.Contains("工改工", words);
        Assert.Contains("战新产业", words);
        Assert.Equal(20, segmenter.GetFrequency("战新产业"));
    }

    [Fact]
    public void User_dictionary_file_gives_the_same_cut_as_python_jieba()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["\uFEFF新质生产力", "工改工 nz", "战新产业 20 n", "七大 5", "深度融合 3 v", ""]);
            var segmenter = JiebaSegmenter.Create();
            segmenter.LoadUserDict(file);
            string[] modes = ["precise", "search", "all"];
            var python = PythonJieba.Ask(
                modes.Select(mode => PythonJieba.Cut(mode, Sentence)),
                "--dict", Lexicon.Paths.MainDictionary, "--user-dict", file);
            for (var i = 0; i < modes.Length; i++)
            {
                var ours = Lexicon.Format(Sentence, line => modes[i] switch
                {
                    "all" => segmenter.Cut(line, cutAll: true),
                    "search" => segmenter.CutForSearch(line),
                    _ => segmenter.Cut(line),
                });
                AgreementWithPythonJiebaTests.AssertSameLines(PythonJieba.Lines(python[i]), ours);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AddWord_without_count_uses_python_jiebas_suggested_count()
    {
        string[] words = ["新质生产力", "松山湖科技创新", "工改工", "冰雪经济"];
        var python = PythonJieba.Ask(words.Select(PythonJieba.Suggest), "--dict", Lexicon.Paths.MainDictionary);
        var segmenter = Lexicon.Segmenter;
        Assert.Equal(python.Select(n => n!.GetValue<int>()), words.Select(segmenter.SuggestFrequency));
    }

    [Fact]
    public void AddWord_and_DeleteWord_change_the_cut_as_in_python_jieba()
    {
        const string text = "东莞市委理论学习中心组召开专题学习会，松山湖科技创新核心引擎";
        var segmenter = JiebaSegmenter.Create();
        segmenter.AddWord("松山湖科技创新");
        segmenter.AddWord("中心组", 1000);
        segmenter.DeleteWord("专题");
        segmenter.DeleteWord("核心");
        var ours = Lexicon.Format(text, line => segmenter.Cut(line));
        var python = PythonJieba.Ask(
            [PythonJieba.Cut("precise", text)],
            "--dict", Lexicon.Paths.MainDictionary,
            "--add-word", "松山湖科技创新", "--add-word", "中心组:1000", "--del-word", "专题", "--del-word", "核心");
        AgreementWithPythonJiebaTests.AssertSameLines(PythonJieba.Lines(python[0]), ours);
        Assert.DoesNotContain("专题", segmenter.Cut(text));
        Assert.Equal(0, segmenter.GetFrequency("专题"));
    }

    [Fact]
    public void A_deleted_word_recognised_by_the_hmm_is_split_into_characters()
    {
        var segmenter = JiebaSegmenter.Create();
        var before = segmenter.Cut("韦皓主持会议").ToList();
        Assert.Contains("韦皓", before); // found by the HMM, not in the dictionary
        segmenter.DeleteWord("韦皓");
        Assert.Equal(["韦", "皓", "主持会议"], segmenter.Cut("韦皓主持会议"));
    }
}
