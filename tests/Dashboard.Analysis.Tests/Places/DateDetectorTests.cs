using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Tests.Places;

public class DateDetectorTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void Month_and_day_without_a_year_leave_the_year_unknown()
    {
        var guess = DateDetector.Detect("11月28日上午，东莞市委理论学习中心组召开专题学习会。", Today);

        Assert.NotNull(guess);
        Assert.Null(guess.Date.Year);
        Assert.Equal(11, guess.Date.Month);
        Assert.Equal(28, guess.Date.Day);
        Assert.Equal(DatePrecision.Day, guess.Date.Precision);
        Assert.Equal("11月28日", guess.Evidence);
        Assert.Equal(0, guess.EvidenceStart);
        Assert.False(guess.IsInFuture);
    }

    [Theory]
    [InlineData("2025年1月15日，市政府召开常务会议。", 2025, 1, 15, "2025年1月15日")]
    [InlineData("会议于二〇二四年十一月二十八日召开。", 2024, 11, 28, "二〇二四年十一月二十八日")]
    [InlineData("二〇二四年十月一日起施行。", 2024, 10, 1, "二〇二四年十月一日")]
    [InlineData("发布日期：2024-11-28", 2024, 11, 28, "2024-11-28")]
    [InlineData("发布日期：2024.11.28", 2024, 11, 28, "2024.11.28")]
    [InlineData("发布日期：2024/1/8", 2024, 1, 8, "2024/1/8")]
    [InlineData("2月29日，全市召开会议。", null, 2, 29, "2月29日")]
    [InlineData("十二月三十一日前完成。", null, 12, 31, "十二月三十一日")]
    public void Full_dates_are_read_in_every_common_form(string text, int? year, int month, int day, string evidence)
    {
        var guess = DateDetector.Detect(text, Today);

        Assert.NotNull(guess);
        Assert.Equal(new PolicyDate(year, month, day), guess.Date);
        Assert.Equal(evidence, guess.Evidence);
        Assert.Equal(evidence, text.Substring(guess.EvidenceStart, guess.EvidenceLength));
    }

    [Fact]
    public void Year_and_month_give_a_date_of_month_precision()
    {
        var guess = DateDetector.Detect("2024年11月，全市新增市场主体1.2万户。", Today);

        Assert.NotNull(guess);
        Assert.Equal(new PolicyDate(2024, 11, null), guess.Date);
        Assert.Equal(DatePrecision.Month, guess.Date.Precision);
    }

    [Theory]
    [InlineData("2月30日，全市召开会议。")]
    [InlineData("2023年2月29日召开会议。")]
    [InlineData("13月5日召开会议。")]
    [InlineData("4月31日召开会议。")]
    public void Impossible_dates_are_rejected(string text)
    {
        Assert.Null(DateDetector.Detect(text, Today));
    }

    [Theory]
    [InlineData("到2035年，基本实现社会主义现代化。")]
    [InlineData("2024年以来，全市经济持续向好。")]
    [InlineData("编制2021—2025年发展规划。")]
    [InlineData("力争到2027年底建成。")]
    public void Years_bounding_a_span_or_target_are_not_dates(string text)
    {
        Assert.Null(DateDetector.Detect(text, Today));
    }

    [Fact]
    public void A_target_year_with_month_and_day_is_a_date()
    {
        var guess = DateDetector.Detect("到2025年6月30日前完成整改。", Today);

        Assert.Equal(new PolicyDate(2025, 6, 30), guess?.Date);
    }

    [Fact]
    public void A_lone_year_before_a_meeting_name_is_a_year()
    {
        Assert.Equal(new PolicyDate(2024, null, null), DateDetector.Detect("贯彻落实2024年中央经济工作会议精神。", Today)?.Date);
    }

    [Fact]
    public void A_lone_year_is_used_when_nothing_better_is_found()
    {
        var guess = DateDetector.Detect("2024年，全市地区生产总值增长5%。", Today);

        Assert.NotNull(guess);
        Assert.Equal(new PolicyDate(2024, null, null), guess.Date);
        Assert.Equal(DatePrecision.Year, guess.Date.Precision);
    }

    [Fact]
    public void The_first_date_of_the_first_two_sentences_is_the_release_date()
    {
        const string text = "到2035年，建成科技强市。2月14日，绥化市新质生产力发展大会召开。会议要求，12月31日前完成部署。";

        var guess = DateDetector.Detect(text, Today);

        Assert.Equal(new PolicyDate(null, 2, 14), guess?.Date);
    }

    [Fact]
    public void Without_a_date_in_the_lead_the_first_date_of_the_text_is_taken()
    {
        const string text = "会议强调，要加快发展。会议指出，要抓好落实。会议要求，3月5日前完成部署，6月1日前验收。";

        Assert.Equal(new PolicyDate(null, 3, 5), DateDetector.Detect(text, Today)?.Date);
    }

    [Fact]
    public void A_date_after_today_is_returned_but_flagged()
    {
        var guess = DateDetector.Detect("2025年7月1日起施行。", Today);

        Assert.NotNull(guess);
        Assert.Equal(new PolicyDate(2025, 7, 1), guess.Date);
        Assert.True(guess.IsInFuture);
        Assert.False(DateDetector.Detect("2025年6月1日起施行。", Today)!.IsInFuture);
    }

    [Fact]
    public void Seed_dates_are_month_and_day()
    {
        Assert.Equal(new PolicyDate(null, 11, 28), DateDetector.Detect(PlaceTestData.Seed(PlaceTestData.DongguanSeed))?.Date);
        Assert.Equal(new PolicyDate(null, 2, 14), DateDetector.Detect(PlaceTestData.Seed(PlaceTestData.SuihuaSeed))?.Date);
    }

    [Theory]
    [InlineData("统一月度考核。")]
    [InlineData("没有日期的文字。")]
    [InlineData("共有1200家企业。")]
    public void Text_without_a_date_has_none(string text)
    {
        Assert.Null(DateDetector.Detect(text, Today));
    }
}
