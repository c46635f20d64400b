using Dashboard.Analysis.Priorities;

namespace Dashboard.Analysis.Tests.Priorities;

public sealed class PlatformTests
{
    [Theory]
    [InlineData("发挥松山湖科技创新核心引擎作用。", "松山湖")]
    [InlineData("推动大科学装置和材料实验室等进一步向企业开放。", "大科学装置|材料实验室")]
    [InlineData("推进科创平台建设。", "科创平台")]
    [InlineData("绥化学院、市发改委、绥化经开区作交流发言。", "绥化经开区")]
    [InlineData("省级高新技术产业开发区主要负责同志参会。", "省级高新技术产业开发区")]
    [InlineData("建设国家重点实验室和数据中心，培育国家级孵化器。", "国家重点实验室|数据中心|国家级孵化器")]
    [InlineData("依托哈尔滨新区、深圳湾实验室发展，松山湖科学城建设取得新进展。", "哈尔滨新区|深圳湾实验室|松山湖科学城")]
    [InlineData("加快建设粤港澳大湾区综合性国家科学中心。", "粤港澳大湾区综合性国家科学中心")]
    public void A_named_platform_is_found_with_its_name(string text, string platforms)
    {
        Assert.Equal(platforms.Split('|'), PriorityPipeline.Plain.Extract(text, PriorityKind.Platform).Select(p => p.Item));
    }

    [Fact]
    public void A_place_with_a_role_gets_the_role_as_its_group()
    {
        var platform = Assert.Single(PriorityPipeline.Plain.Extract("发挥松山湖科技创新核心引擎作用。", PriorityKind.Platform));

        Assert.Equal("科技创新核心引擎", platform.Group);
    }

    [Theory]
    [InlineData("东莞市委理论学习中心组召开专题学习会。")]
    [InlineData("坚持以人民为中心的发展思想。")]
    [InlineData("各县（市、区）设分会场，在主会场参会。")]
    [InlineData("搭建平台，发展平台经济。")]
    [InlineData("深入学习绥化市、东莞市的经验。")]
    public void A_suffix_without_a_name_or_in_another_word_is_no_platform(string text)
    {
        Assert.Empty(PriorityPipeline.Plain.Extract(text, PriorityKind.Platform));
    }
}
