using Dashboard.Analysis.Priorities;

namespace Dashboard.Analysis.Tests.Priorities;

public sealed class ProgrammeTests
{
    [Theory]
    [InlineData("加快构建“4106”现代化产业体系。", "“4106”现代化产业体系", "现代化产业体系", "4106")]
    [InlineData("持续深入实施“十百千万百万”人才工程。", "“十百千万百万”人才工程", "人才工程", "十百千万百万")]
    [InlineData("加大土地整备、“工改工”工作力度。", "“工改工”", null, null)]
    [InlineData("把工作任务纳入“四个体系”闭环工作落实机制。", "“四个体系”", null, "四")]
    [InlineData("推进“1+N”政策体系建设。", "“1+N”政策体系", "政策体系", "1+N")]
    [InlineData("进一步打响七大战新产业基地招牌。", "战新产业基地", null, "七")]
    [InlineData("实施五大行动。", "五大行动", null, "五")]
    [InlineData("实施“百县千镇万村高质量发展工程”。", "“百县千镇万村高质量发展工程”", null, null)]
    [InlineData("深化“放管服”改革。", "“放管服”改革", "改革", null)]
    public void A_quoted_or_numbered_programme_keeps_its_name_and_number(string text, string item, string? group, string? number)
    {
        var programme = Assert.Single(PriorityPipeline.Plain.Extract(text, PriorityKind.Programme));

        Assert.Equal((item, group, number), (programme.Item, programme.Group, programme.Number));
    }

    [Theory]
    [InlineData("站在坚定拥护“两个确立”、坚决做到“两个维护”的政治高度。")]
    [InlineData("党政“一把手”要履行好第一责任人责任，打好政策“组合拳”。")]
    [InlineData("强化“高精尖缺”导向。")]
    [InlineData("围绕“加快发展新质生产力扎实推进高质量发展”专题交流。")]
    [InlineData("编制“十四五”规划。")]
    [InlineData("培育一大批专精特新企业，第七大产业。")]
    public void A_slogan_a_topic_or_a_plan_period_is_no_programme(string text)
    {
        Assert.Empty(PriorityPipeline.Plain.Extract(text, PriorityKind.Programme));
    }
}
