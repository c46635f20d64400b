using System.Text.Json.Nodes;
using Dashboard.Segmentation.Tests.Support;

namespace Dashboard.Segmentation.Tests;

/// <summary>Token for token the same output as Python jieba 0.42 with the same dictionary, in every mode.</summary>
public class AgreementWithPythonJiebaTests(AgreementWithPythonJiebaTests.Answers python)
    : IClassFixture<AgreementWithPythonJiebaTests.Answers>
{
    public static readonly string[] Inputs = ["weicheng", "000_7fb5d263923113ca.txt", "002_f6af64227d9b497f.txt"];
    public static readonly string[] Modes = ["precise", "all", "search"];

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var input in Inputs)
        {
            foreach (var mode in Modes)
            {
                data.Add(input, mode, true);
                data.Add(input, mode, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Segmenter_output_equals_python_jieba(string input, string mode, bool hmm)
    {
        var segmenter = Lexicon.Segmenter;
        var ours = Lexicon.Format(Text(input), line => mode switch
        {
            "all" => segmenter.Cut(line, cutAll: true, hmm),
            "search" => segmenter.CutForSearch(line, hmm),
            _ => segmenter.Cut(line, cutAll: false, hmm),
        });
        AssertSameLines(PythonJieba.Lines(python[$"{input}/{mode}/{hmm}"]), ours);
    }

    [Theory]
    [InlineData("weicheng", TokenizerMode.Default)]
    [InlineData("weicheng", TokenizerMode.Search)]
    [InlineData("000_7fb5d263923113ca.txt", TokenizerMode.Search)]
    [InlineData("002_f6af64227d9b497f.txt", TokenizerMode.Search)]
    public void Tokenize_offsets_equal_python_jieba(string input, TokenizerMode mode)
    {
        var ours = Lexicon.Format(Text(input), line => Lexicon.Segmenter.Tokenize(line, mode).Select(t => $"{t.Word}@{t.StartIndex}-{t.EndIndex}"));
        AssertSameLines(PythonJieba.Lines(python[$"{input}/tokenize/{mode}"]), ours);
    }

    private static string Text(string input) => input == "weicheng" ? Lexicon.Weicheng : Lexicon.NormalisedSeed(input);

    internal static void AssertSameLines(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i])
            {
                Assert.Fail($"line {i + 1} differs\npython: {e[i]}\nours:   {a[i]}");
            }
        }

        Assert.Equal(e.Length, a.Length);
    }

    public sealed class Answers : ReferenceAnswers
    {
        protected override IEnumerable<(string Key, JsonObject Request)> Requests()
        {
            foreach (var input in Inputs)
            {
                var text = Text(input);
                foreach (var mode in Modes)
                {
                    yield return ($"{input}/{mode}/True", PythonJieba.Cut(mode, text, hmm: true));
                    yield return ($"{input}/{mode}/False", PythonJieba.Cut(mode, text, hmm: false));
                }

                yield return ($"{input}/tokenize/{TokenizerMode.Default}", PythonJieba.Cut("tokenize", text));
                yield return ($"{input}/tokenize/{TokenizerMode.Search}", PythonJieba.Cut("tokenize-search", text));
            }
        }
    }
}
