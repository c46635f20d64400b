using Dashboard.Analysis.Priorities;

namespace Dashboard.Analysis.Tests.Priorities;

public sealed class TargetTests
{
    [Theory]
    [InlineData("到2027年，战略性新兴产业增加值力争突破1000亿元。", "战略性新兴产业增加值", "1000", 1000, "亿元", 2027)]
    [InlineData("新增高新技术企业100家。", "高新技术企业", "100", 100, "家", null)]
    [InlineData("研发投入强度达到3.5%。", "研发投入强度", "3.5", 3.5, "%", null)]
    [InlineData("引进高层次人才一千人。", "高层次人才", "一千", 1000, "人", null)]
    [InlineData("新增100家企业。", "企业", "100", 100, "家", null)]
    [InlineData("力争在2025年前实现产值一千二百亿元。", "产值", "一千二百", 1200, "亿元", 2025)]
    [InlineData("产值达1000亿元。", "产值", "1000", 1000, "亿元", null)]
    [InlineData("2030年地区生产总值增长6%左右。", "地区生产总值", "6", 6, "%", 2030)]
    [InlineData("培育两个千亿级产业集群。", "千亿级产业集群", "两", 2, "个", null)]
    [InlineData("全年完成固定资产投资1200亿元。", "固定资产投资", "1200", 1200, "亿元", null)]
    public void A_number_with_a_unit_after_a_target_cue_is_a_target(string text, string item, string number, double quantity, string unit, int? year)
    {
        var target = Assert.Single(PriorityPipeline.Plain.Extract(text, PriorityKind.Target));

        Assert.Equal((item, number, (decimal)quantity, unit, year), (target.Item, target.Number, target.Quantity!.Value, target.Unit, target.Year));
    }

    [Theory]
    [InlineData("市委组织部、市教育局、市科技局等9家单位作书面发言。")]
    [InlineData("2月14日，绥化市新质生产力发展大会召开。")]
    [InlineData("到2027年，基本建成现代化产业体系。")]
    [InlineData("市级四个班子副秘书长以上领导参会。")]
    [InlineData("坚定拥护“两个确立”，瞄准科技和产业这两个关键。")]
    [InlineData("用好用活超长期国债、专项债等国家政策工具，迅速传达3个文件。")]
    public void A_count_without_a_target_cue_or_a_date_is_no_target(string text)
    {
        Assert.Empty(PriorityPipeline.Plain.Extract(text, PriorityKind.Target));
    }
}
