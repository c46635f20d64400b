using Dashboard.Analysis.Priorities;

namespace Dashboard.Analysis.Tests.Priorities;

public sealed class SeedPriorityTests
{
    private static readonly string[] SuihuaPriorities =
    [
        "Platform 科创平台 - -",
        "Programme “4106”现代化产业体系 现代化产业体系 4106",
        "Industry 冰雪经济 - -",
        "Industry 生物发酵 六大产业集群 六",
        "Industry 食品加工 六大产业集群 六",
        "Industry 电子装备 六大产业集群 六",
        "Industry 精细化工 六大产业集群 六",
        "Industry 医药制造 六大产业集群 六",
        "Industry 麻纺制品 六大产业集群 六",
        "Programme “四个体系” - 四",
        "Platform 绥化经开区 - -",
        "Platform 省级高新技术产业开发区 - -",
    ];

    private static readonly string[] DongguanPriorities =
    [
        "Platform 大科学装置 - -",
        "Platform 材料实验室 - -",
        "Platform 松山湖 科技创新核心引擎 -",
        "Programme 战新产业基地 - 七",
        "Industry 下一代移动通信 未来产业领域 -",
        "Industry 前沿新材料 未来产业领域 -",
        "Industry 未来生命健康 未来产业领域 -",
        "Programme “工改工” - -",
        "Programme “十百千万百万”人才工程 人才工程 十百千万百万",
    ];

    public static TheoryData<string, string> SeedsAndVocabularies => new()
    {
        { PriorityPipeline.Suihua, "plain" },
        { PriorityPipeline.Suihua, "user words" },
        { PriorityPipeline.Suihua, "production" },
        { PriorityPipeline.Dongguan, "plain" },
        { PriorityPipeline.Dongguan, "user words" },
        { PriorityPipeline.Dongguan, "production" },
    };

    [Theory]
    [MemberData(nameof(SeedsAndVocabularies))]
    public void Seed_yields_the_same_priorities_with_or_without_user_dictionary_words(string seed, string vocabulary)
    {
        var pipeline = vocabulary switch
        {
            "plain" => PriorityPipeline.Plain,
            "user words" => PriorityPipeline.WithUserWords,
            _ => PriorityPipeline.Production,
        };

        var found = pipeline.Extract(PriorityPipeline.ReadSeed(seed)).Select(Describe);

        Assert.Equal(seed == PriorityPipeline.Suihua ? SuihuaPriorities : DongguanPriorities, found);
    }

    [Fact]
    public void Suihua_names_exactly_its_six_industrial_clusters()
    {
        var industries = PriorityPipeline.Plain.Extract(PriorityPipeline.ReadSeed(PriorityPipeline.Suihua), PriorityKind.Industry)
            .Where(p => p.Group == "六大产业集群");

        Assert.Equal(["生物发酵", "食品加工", "电子装备", "精细化工", "医药制造", "麻纺制品"], industries.Select(p => p.Item));
        Assert.All(industries, p => Assert.Equal("六", p.Number));
    }

    [Fact]
    public void Suihuas_clusters_carry_their_canonical_industries_and_the_ice_and_snow_economy_stands_on_its_own()
    {
        var industries = PriorityPipeline.Production.Extract(PriorityPipeline.ReadSeed(PriorityPipeline.Suihua), PriorityKind.Industry);

        Assert.Equal(
            ["ice-snow-economy", "bio-fermentation", "food-processing", null, "fine-chemicals", "pharmaceuticals", "hemp-textiles"],
            industries.Select(p => p.IndustryId));
        Assert.Equal("加快冰雪经济创新发展", PriorityPipeline.Production.Analyser.Analyse(PriorityPipeline.ReadSeed(PriorityPipeline.Suihua))
            .Text.Substring(industries[0].Start - 2, 10));
    }

    [Fact]
    public void Suihua_programme_4106_keeps_its_code_and_name_and_counts_both_mentions()
    {
        var programme = Assert.Single(
            PriorityPipeline.Plain.Extract(PriorityPipeline.ReadSeed(PriorityPipeline.Suihua), PriorityKind.Programme),
            p => p.Number == "4106");

        Assert.Equal(("“4106”现代化产业体系", "现代化产业体系", 2), (programme.Item, programme.Group, programme.Occurrences));
    }

    [Theory]
    [InlineData(PriorityPipeline.Suihua, "两个确立")]
    [InlineData(PriorityPipeline.Suihua, "两个维护")]
    [InlineData(PriorityPipeline.Suihua, "一把手")]
    [InlineData(PriorityPipeline.Suihua, "组合拳")]
    [InlineData(PriorityPipeline.Suihua, "市发改委")]
    [InlineData(PriorityPipeline.Suihua, "原创性")]
    [InlineData(PriorityPipeline.Dongguan, "高精尖缺")]
    [InlineData(PriorityPipeline.Dongguan, "高端化")]
    [InlineData(PriorityPipeline.Dongguan, "基本内涵")]
    [InlineData(PriorityPipeline.Dongguan, "中心组")]
    public void Seed_does_not_report_slogans_agencies_directions_or_qualities(string seed, string phrase)
    {
        var priorities = PriorityPipeline.Plain.Extract(PriorityPipeline.ReadSeed(seed));

        Assert.DoesNotContain(priorities, p => p.Item.Contains(phrase, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PriorityPipeline.Suihua)]
    [InlineData(PriorityPipeline.Dongguan)]
    public void Every_priority_points_at_its_item_inside_its_sentence(string seed)
    {
        var text = PriorityPipeline.Plain.Analyser.Analyse(PriorityPipeline.ReadSeed(seed));

        var priorities = PriorityPipeline.Plain.Extractor.Extract(text);

        Assert.NotEmpty(priorities);
        Assert.All(priorities, p =>
        {
            var sentence = text.Sentences[p.SentenceIndex];
            Assert.Contains(p.Item, text.Text.Substring(p.Start, p.Length), StringComparison.Ordinal);
            Assert.InRange(p.Start, sentence.Start, sentence.End - p.Length);
        });
    }

    private static string Describe(Priority p) => $"{p.Kind} {p.Item} {p.Group ?? "-"} {p.Number ?? "-"}";
}
