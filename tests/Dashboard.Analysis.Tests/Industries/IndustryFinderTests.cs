using Dashboard.Analysis.Priorities;
using Dashboard.Analysis.Tests.Priorities;

namespace Dashboard.Analysis.Tests.Industries;

/// <summary>Industries found wherever a text sets them as priorities, with their canonical industries.</summary>
public class IndustryFinderTests
{
    private static IReadOnlyList<Priority> Industries(string text) => PriorityPipeline.Production.Extract(text, PriorityKind.Industry);

    private static IEnumerable<string?> Ids(string text) => Industries(text).Select(p => p.IndustryId);

    [Fact]
    public void A_list_in_running_prose_without_a_head_names_its_industries()
    {
        Assert.Equal(
            ["new-energy-vehicles", "new-type-energy-storage", "low-altitude-economy", "service-robots"],
            Ids("今年我们将聚焦新能源汽车、新型储能、低空经济、服务机器人，引进一批龙头企业。"));
    }

    [Theory]
    [InlineData("过去一年，人工智能加快发展，低空经济起步成势，数字文创蓬勃发展。", "artificial-intelligence|low-altitude-economy|digital-cultural-creative")]
    [InlineData("要壮大煤化工，培育新材料。", "coal-chemicals|new-materials")]
    [InlineData("加快打造新能源汽车之城。", "new-energy-vehicles")]
    [InlineData("全力打造千亿级集成电路产业集群。", "integrated-circuits")]
    public void Subjects_of_development_sentences_objects_of_priority_verbs_and_titles_are_industries(string text, string ids)
    {
        Assert.Equal(ids.Split('|'), Ids(text));
    }

    [Fact]
    public void Industries_are_found_in_traditional_characters_with_pinyin_after_normalisation()
    {
        Assert.Equal(["coal-chemicals", "new-materials"], Ids("要壯(zhuàng)大煤化工產業(yè)，培育新材料產業(yè)。"));
    }

    [Fact]
    public void An_industry_the_vocabulary_does_not_know_is_reported_without_a_canonical_id()
    {
        var industries = Industries("全面开展苹果、花生、肉鸡、油莎豆全产业链建设。");

        Assert.Equal(["苹果", "花生", "肉鸡", "油莎豆"], industries.Select(p => p.Item));
        Assert.Equal(["apple", null, "poultry", null], industries.Select(p => p.IndustryId));
    }

    [Fact]
    public void Every_industry_keeps_its_evidence_in_both_texts_its_id_and_its_category()
    {
        var pipeline = PriorityPipeline.Production;
        const string raw = "要壯大煤化工產業。";
        var text = pipeline.Analyser.Analyse(raw);
        var industry = Assert.Single(pipeline.Extractor.Extract(text), p => p.Kind == PriorityKind.Industry);

        Assert.Equal(("coal-chemicals", "gb-c26"), (industry.IndustryId, industry.IndustryCategory));
        Assert.Equal("煤化工", text.Text.Substring(industry.Start, industry.Length));
        Assert.Equal("煤化工", raw.Substring(industry.SourceStart, industry.SourceLength));
        Assert.Equal(0, industry.SentenceIndex);
    }

    [Theory]
    [InlineData("会议强调，要加快发展新质生产力，推动传统产业转型升级、新兴产业培育壮大、未来产业超前布局。")]
    [InlineData("要研究经济、研究工业和产业，把握发展规律。")]
    [InlineData("推动中国稀土集团、辽宁材料实验室与企业合作。")]
    [InlineData("运用人工智能技术赋能社会治理。")]
    [InlineData("提振汽车、家电、家具、消费电子等大宗消费。")]
    [InlineData("习近平总书记在中共中央政治局第十二次集体学习时的重要讲话，深入分析我国能源转型形势。")]
    [InlineData("加快构建现代化产业体系，大力发展实体经济和民营经济。")]
    public void Umbrellas_technologies_goods_organisations_and_the_national_leaderships_words_are_no_industries(string text)
    {
        Assert.Empty(Industries(text));
    }
}
