using Dashboard.Analysis.Priorities;

namespace Dashboard.Analysis.Tests.Priorities;

public sealed class IndustryListTests
{
    [Theory]
    [InlineData("着力壮大生物发酵、食品加工、电子装备、精细化工、医药制造、麻纺制品六大产业集群。", "生物发酵|食品加工|电子装备|精细化工|医药制造|麻纺制品", "六大产业集群", "六")]
    [InlineData("六大产业集群：生物发酵、食品加工、电子装备、精细化工、医药制造、麻纺制品。", "生物发酵|食品加工|电子装备|精细化工|医药制造|麻纺制品", "六大产业集群", "六")]
    [InlineData("重点产业：电子信息、生物医药和新材料等。", "电子信息|生物医药|新材料", "重点产业", null)]
    [InlineData("重点发展电子信息和生物医药两大产业。", "电子信息|生物医药", "两大产业", "两")]
    [InlineData("培育新能源、新材料及高端装备等战略性新兴产业。", "新能源|新材料|高端装备", "战略性新兴产业", null)]
    [InlineData("壮大生物医药、新材料以及节能环保产业集群。", "生物医药|新材料|节能环保", "产业集群", null)]
    [InlineData("聚焦新一代信息技术、高端装备制造、新能源汽车等产业链。", "新一代信息技术|高端装备制造|新能源汽车", "产业链", null)]
    [InlineData("大力发展生物医药、新材料产业。", "生物医药|新材料", "产业", null)]
    [InlineData("壮大生物发酵、食品加工等六大产业集群。", "生物发酵|食品加工", "六大产业集群", "六")]
    [InlineData("聚焦新一代电子信息、高端装备制造、新材料、新能源、生物医药及高端医疗器械五大战略性新兴产业。", "新一代电子信息|高端装备制造|新材料|新能源|生物医药|高端医疗器械", "五大战略性新兴产业", "五")]
    [InlineData("推动数字经济、低空经济、银发经济等新业态发展。", "数字经济|低空经济|银发经济", "新业态", null)]
    [InlineData("在下一代移动通信、前沿新材料、未来生命健康等兼具颠覆性功能和广泛市场需求的领域抢占技术制高点。", "下一代移动通信|前沿新材料|未来生命健康", "领域", null)]
    [InlineData("要著力布局建设未来产业，在下一代移动通信、前沿新材料、未来生命健康等兼具颠覆性功能和广泛市场需求的领域抢占技术制高点。", "下一代移动通信|前沿新材料|未来生命健康", "未来产业领域", null)]
    public void A_list_under_an_industry_head_names_its_industries(string text, string items, string group, string? number)
    {
        var industries = PriorityPipeline.Plain.Extract(text, PriorityKind.Industry);

        Assert.Equal(items.Split('|'), industries.Select(p => p.Item));
        Assert.All(industries, p => Assert.Equal((group, number), (p.Group, p.Number)));
    }

    [Theory]
    [InlineData("推动传统产业向高端化、数字化、智能化、绿色化转型升级。")]
    [InlineData("准确领会新质生产力的基本内涵、核心标志、本质属性。")]
    [InlineData("市发改委、市科技局、市工信局要强化协同推进产业发展。")]
    [InlineData("加快形成一批原创性、颠覆性科技创新成果。")]
    [InlineData("市委组织部、市教育局、市科技局等9家单位作书面发言。")]
    [InlineData("为新兴产业、未来产业发展储备空间。")]
    [InlineData("聚焦重点行业、重点领域，围绕重点产业链和未来发展方向。")]
    [InlineData("在土地、资金、人才等方面给予支持，加强与高校、科研院所的交流合作。")]
    [InlineData("推动大科学装置和材料实验室等进一步向企业开放。")]
    [InlineData("推动数字产业化、产业数字化。")]
    public void A_list_without_an_industry_head_names_no_industry(string text)
    {
        Assert.Empty(PriorityPipeline.Plain.Extract(text, PriorityKind.Industry));
    }

    [Theory]
    [InlineData("壮大生物发酵、食品加工、电子装备两大产业集群。", "两大产业集群", "生物发酵|食品加工|电子装备")]
    [InlineData("六大产业集群：生物发酵、食品加工。", "六大产业集群", "生物发酵|食品加工")]
    public void A_list_whose_count_contradicts_its_number_is_not_given_that_group_but_its_industries_stand(string text, string group, string items)
    {
        var industries = PriorityPipeline.Plain.Extract(text, PriorityKind.Industry);

        Assert.Equal(items.Split('|'), industries.Select(p => p.Item));
        Assert.DoesNotContain(industries, p => p.Group == group);
    }

    [Fact]
    public void An_item_joining_two_known_industries_is_both()
    {
        var industries = PriorityPipeline.Production.Extract("推动生物医药及高端医疗器械、新材料两大产业集群发展。", PriorityKind.Industry);

        Assert.Equal(["biomedicine", "medical-devices", "new-materials"], industries.Select(p => p.IndustryId));
    }

    [Fact]
    public void A_numbered_head_that_closes_a_list_is_its_group_not_a_programme_too()
    {
        var priorities = PriorityPipeline.Plain.Extract("壮大生物发酵、食品加工两大产业集群。");

        Assert.All(priorities, p => Assert.Equal(PriorityKind.Industry, p.Kind));
        Assert.Equal(2, priorities.Count);
    }
}
