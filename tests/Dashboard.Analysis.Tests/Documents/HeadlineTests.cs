using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Text;

namespace Dashboard.Analysis.Tests.Documents;

/// <summary>Titles come from the page's headline, never from its furniture or a dateline, and never leave a quote open.</summary>
public class HeadlineTests
{
    private static string Title(string text) => TitleGuesser.Guess(text, SentenceSplitter.Split(text));

    [Theory]
    [InlineData("今天是\n县政协党组理论学习中心组召开专题学习会\n发布时间：2025-12-08 桐庐政协\n12月5日上午，县政协举行学习会。", "县政协党组理论学习中心组召开专题学习会")]
    [InlineData("第A14版：观察家 上一版3 4下一版\n2019年08月09日 星期五\n“甬闯世界”七十年见证宁波开放品格\n7日上午，市政府召开发布会。", "“甬闯世界”七十年见证宁波开放品格")]
    [InlineData("精准发力 提质升级\n包头推动“两个稀土基地”建设焕新\n在新时代经济发展中，包头肩负着使命。", "包头推动“两个稀土基地”建设焕新")]
    [InlineData("本网站支持IPv6\n宝鸡市2024年苏陕协作工作推进会在我县召开\n来源：陇县广播电视台 发布时间：2024-08-15 15:50", "宝鸡市2024年苏陕协作工作推进会在我县召开")]
    public void The_headline_is_taken_past_page_furniture_and_a_kicker(string text, string title)
    {
        Assert.Equal(title, Title(text));
    }

    [Theory]
    [InlineData("人民网合肥1月15日电（记者陈浩）“更大力度壮大新质生产力，要在科技创新上下功夫。”市委书记说。")]
    [InlineData("本报讯 （记者吴宗宝 通讯员廖昭阳 张诗琴）9月13日，“勇当主力军”论坛第13期专场成功举办。")]
    [InlineData("南宁云—南宁新闻网讯（记者 庞丽娜 杜佳徽）2月22日，记者从南宁市推进工业振兴情况新闻发布会上获悉，过去的一年，南宁市加快推进新型工业化。")]
    public void A_dateline_or_a_byline_is_never_the_title_nor_an_open_quotation(string text)
    {
        var title = Title(text);

        Assert.Null(Dashboard.Analysis.Evaluation.TitleChecks.Problem(title));
        Assert.DoesNotContain("记者", title, StringComparison.Ordinal);
        Assert.DoesNotContain("电（", title, StringComparison.Ordinal);
    }
}
