using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Tests.Support;
using Dashboard.Analysis.Text;

namespace Dashboard.Analysis.Tests.Documents;

public class TitleGuesserTests
{
    [Theory]
    [InlineData(Shared.Dongguan, "东莞市委理论学习中心组召开专题学习会")]
    [InlineData(Shared.Suihua, "绥化市新质生产力发展大会召开")]
    public void The_title_of_a_release_is_its_first_clause_after_the_date(string seed, string title)
    {
        var text = Shared.Seed(seed);
        Assert.Equal(title, TitleGuesser.Guess(text.Text, text.Sentences));
    }

    [Fact]
    public void A_short_first_line_is_a_headline()
    {
        const string text = "关于加快发展新质生产力的实施意见\n为深入贯彻落实……，制定本意见。";
        Assert.Equal("关于加快发展新质生产力的实施意见", TitleGuesser.Guess(text, SentenceSplitter.Split(text)));
    }

    [Fact]
    public void A_long_title_is_cut()
    {
        var text = new string('长', 100) + "。";
        var title = TitleGuesser.Guess(text, SentenceSplitter.Split(text));
        Assert.Equal(TitleGuesser.MaxLength + 1, title.Length);
        Assert.EndsWith("…", title);
    }
}
