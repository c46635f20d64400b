using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Evaluation;
using Dashboard.Analysis.Tests.Support;
using Dashboard.Normalisation;

namespace Dashboard.Analysis.Tests.Documents;

/// <summary>No list or page shows a dateline, a byline or an unpaired quotation mark as a title.</summary>
public class DisplayTitlesTests
{
    private static DisplayTitles Titles => DisplayTitles.Default;

    [Theory]
    [InlineData("人民网合肥1月15日电（记者陈浩）“更大力度壮大新质生产力", "更大力度壮大新质生产力")]
    [InlineData("新华社北京3月5日电 政府工作报告提出加快发展新质生产力", "政府工作报告提出加快发展新质生产力")]
    [InlineData("关于加快发展新质生产力的实施意见 - 东莞市人民政府门户网站", "关于加快发展新质生产力的实施意见")]
    [InlineData("县委召开理论学习中心组学习会（记者徐向阳编辑左海燕审核高文青）", "县委召开理论学习中心组学习会")]
    [InlineData("“工改工”推进会召开”", "“工改工”推进会召开")]
    [InlineData("《实施方案》印发（图", "《实施方案》印发")]
    public void A_title_loses_its_dateline_byline_and_unpaired_marks(string stored, string shown)
    {
        Assert.Equal(shown, Titles.Clean(stored));
    }

    [Theory]
    [InlineData("“4106”现代化产业体系建设推进会召开")]
    [InlineData("东莞市委理论学习中心组召开专题学习会")]
    [InlineData("《东莞市推动制造业高质量发展若干措施》解读（一）")]
    public void A_title_fit_to_show_is_left_as_it_is(string title)
    {
        Assert.Equal(title, Titles.Clean(title));
    }

    [Theory]
    [InlineData("（记者徐向阳编辑左海燕审核高文青）")]
    [InlineData("发布时间：2024-11-18 来源：资阳日报")]
    [InlineData("人民网合肥1月15日电")]
    [InlineData("  ")]
    public void A_title_that_is_only_furniture_gives_way_to_one_from_the_text(string stored)
    {
        Assert.Null(Titles.Clean(stored));

        var shown = Titles.For(stored, () => "（记者徐向阳编辑左海燕审核高文青）\n成武县委书记到园区调研重点项目建设\n5月8日，县委书记…");

        Assert.Equal("成武县委书记到园区调研重点项目建设", shown);
    }

    [Fact]
    public void No_title_of_the_gold_corpus_is_shown_as_a_dateline_byline_or_with_an_unpaired_mark()
    {
        var gold = GoldCorpus.Load(Path.Combine(Shared.RepositoryRoot, "tests", "corpus", "index.tsv"));
        var normaliser = TextNormaliser.LoadDefault();
        var faults = new List<string>();
        foreach (var document in gold.Documents)
        {
            var text = normaliser.Normalise(document.Text).Text;
            var firstLine = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
            foreach (var candidate in new[] { firstLine, document.Headline })
            {
                var shown = Titles.For(candidate, () => text);
                if (TitleChecks.Problem(shown) is { } problem)
                {
                    faults.Add($"{document.File}: {problem}: {shown}");
                }
            }
        }

        Assert.Empty(faults);
    }
}
