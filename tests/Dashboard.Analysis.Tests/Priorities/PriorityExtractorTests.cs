using Dashboard.Analysis.Priorities;

namespace Dashboard.Analysis.Tests.Priorities;

public sealed class PriorityExtractorTests
{
    private const string Written =
        "到2027年，战略性新兴产业增加值力争突破1000亿元。六大产业集群：生物发酵、食品加工、电子装备、精细化工、医药制造、麻纺制品。"
        + "推动大科学装置和材料实验室等进一步向企业开放。持续深入实施“十百千万百万”人才工程，新增高新技术企业100家。";

    [Theory]
    [InlineData("")]
    [InlineData("会议要求各级干部提高政治站位，切实转变作风，以优异成绩迎接新的挑战。")]
    [InlineData("会议强调，要深入学习贯彻重要讲话精神，解放思想、真抓实干，确保各项任务落地见效。")]
    public void A_text_that_names_no_sector_yields_nothing(string text)
    {
        Assert.Empty(PriorityPipeline.Plain.Extract(text));
    }

    [Fact]
    public void The_same_item_is_kept_once_at_its_first_occurrence_and_counted()
    {
        var text = PriorityPipeline.Plain.Analyser.Analyse("加快构建“4106”现代化产业体系。聚焦构建“4106”现代化产业体系，推进科创平台建设。");

        var programme = Assert.Single(PriorityPipeline.Plain.Extractor.Extract(text), p => p.Kind == PriorityKind.Programme);

        Assert.Equal((0, 2), (programme.SentenceIndex, programme.Occurrences));
        Assert.Equal(text.Text.IndexOf('“'), programme.Start);
    }

    [Fact]
    public void Every_priority_of_a_written_text_points_at_its_item()
    {
        var text = PriorityPipeline.Plain.Analyser.Analyse(Written);

        var priorities = PriorityPipeline.Plain.Extractor.Extract(text);

        Assert.Equal(11, priorities.Count);
        Assert.All(priorities, p => Assert.Contains(p.Item, text.Text.Substring(p.Start, p.Length), StringComparison.Ordinal));
        Assert.All(priorities, p => Assert.Equal(text.SentenceAt(p.Start), text.Sentences[p.SentenceIndex]));
    }

    [Theory]
    [InlineData(Written)]
    [InlineData("聚焦新一代电子信息、高端装备制造、新材料、新能源、生物医药及高端医疗器械五大战略性新兴产业，打造万亿级产业集群。")]
    [InlineData("加快建设粤港澳大湾区综合性国家科学中心，松山湖科学城建设取得新进展，推进“百千万工程”，深化“放管服”改革。")]
    [InlineData("2024年，全市地区生产总值增长5.5%，新增国家级高新技术企业120家，全年完成固定资产投资1200亿元。")]
    [InlineData("要著力布局建设未来产业，在下一代移动通信、前沿新材料、未来生命健康等兼具颠覆性功能和广泛市场需求的领域抢占技术制高点。")]
    public void User_dictionary_words_do_not_change_what_is_found(string text)
    {
        static IEnumerable<string> Describe(IEnumerable<Priority> priorities) =>
            priorities.Select(p => $"{p.Kind} {p.Item} {p.Group} {p.Number} {p.Quantity} {p.Unit} {p.Year} {p.Start} {p.Length}");

        var plain = Describe(PriorityPipeline.Plain.Extract(text)).ToList();

        Assert.NotEmpty(plain);
        Assert.Equal(plain, Describe(PriorityPipeline.WithUserWords.Extract(text)));
        Assert.Equal(plain, Describe(PriorityPipeline.Production.Extract(text)));
    }
}
