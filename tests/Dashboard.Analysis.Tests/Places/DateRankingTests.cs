using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Tests.Places;

/// <summary>Which of a page's dates is the release's: datelines first, publication lines after the text's days.</summary>
public class DateRankingTests
{
    private static PolicyDate? Date(string text, string? url = null) =>
        DateDetector.Detect(text, new DateOnly(2026, 12, 1), PageLines.LoadDefault(), url)?.Date;

    [Fact]
    public void A_dateline_gives_the_date_before_a_reposts_publication_line_and_takes_its_year_from_it()
    {
        Assert.Equal(new PolicyDate(2024, 3, 10, YearInferred: true), Date("发布时间：2024-11-18 19:58:17 来源：sp20241118\n中新网 北京3月10日电 （记者 崔涛）今年的政府工作报告提出。"));
    }

    [Fact]
    public void The_meetings_day_comes_before_the_publication_line()
    {
        Assert.Equal(new PolicyDate(2025, 12, 5, YearInferred: true), Date("发布时间：2025-12-08   桐庐政协\n12月5日上午，县政协党组举行专题学习会。"));
    }

    [Fact]
    public void A_publication_line_beats_a_month_named_in_passing_and_a_later_date()
    {
        Assert.Equal(new PolicyDate(2025, 8, 23), Date("发布时间:2025-08-23 07:33:38\n2024年6月，习近平总书记在青海考察时指出。1984年8月，港口开放。"));
    }

    [Fact]
    public void The_days_of_a_span_and_a_photo_caption_are_not_the_release_day()
    {
        Assert.Equal(new PolicyDate(null, 1, 17), Date("市政协会议于1月16日至17日召开。\n1月9日，工人在车间检查设备。（记者 赵怡然 摄）\n1月17日，市长作政府工作报告。"));
    }

    [Fact]
    public void A_day_without_a_year_takes_it_from_the_address()
    {
        Assert.Equal(new PolicyDate(2024, 9, 20, YearInferred: true), Date("9月20日，县长主持召开会议。", "http://wenshui.gov.cn/xxgk/202409/t20240923_1898170.html"));
    }
}
