using System.Text.RegularExpressions;

namespace Dashboard.Normalisation.Tests;

public partial class SeedDocumentTests
{
    [Fact]
    public void Dongguan_seed_becomes_simplified_chinese_without_annotations()
    {
        var text = Normalisers.Normalise(Seeds.Read(Seeds.Dongguan));

        Assert.Contains("东莞市委理论学习中心组召开专题学习会", text, StringComparison.Ordinal);
        Assert.StartsWith("11月28日上午，东莞市委", text, StringComparison.Ordinal);
        Assert.Contains("实施“十百千万百万”人才工程", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suihua_seed_becomes_simplified_chinese_without_annotations()
    {
        var text = Normalisers.Normalise(Seeds.Read(Seeds.Suihua));

        Assert.Contains("生物发酵、食品加工、电子装备、精细化工、医药制造、麻纺制品", text, StringComparison.Ordinal);
        Assert.Contains("“4106”现代化产业体系", text, StringComparison.Ordinal);
        Assert.Contains("各县（市、区）各部门各单位", text, StringComparison.Ordinal);
        Assert.Contains("各县（市、区）设分会场。", text, StringComparison.Ordinal);
        Assert.StartsWith("2月14日，绥化市新质生产力发展大会召开。", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Seeds.All), MemberType = typeof(Seeds))]
    public void No_pinyin_annotation_survives_in_a_seed(string seed)
    {
        var raw = Seeds.Read(seed);
        Assert.Matches(Annotation(), raw);

        Assert.DoesNotMatch(Annotation(), Normalisers.Normalise(raw));
    }

    [Theory]
    [MemberData(nameof(Seeds.All), MemberType = typeof(Seeds))]
    public void Furniture_lines_are_gone_from_a_seed(string seed)
    {
        var text = Normalisers.Normalise(Seeds.Read(seed));

        Assert.DoesNotContain("字号", text, StringComparison.Ordinal);
        Assert.DoesNotContain("相关新闻", text, StringComparison.Ordinal);
        Assert.DoesNotContain("大 中 小", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Seeds.Dongguan, 5)]
    [InlineData(Seeds.Suihua, 8)]
    public void Seed_keeps_one_line_per_paragraph(string seed, int paragraphs)
    {
        var text = Normalisers.Normalise(Seeds.Read(seed));

        Assert.Equal(paragraphs, text.Split('\n').Length);
        Assert.All(text.Split('\n'), line => Assert.EndsWith("。", line, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds.All), MemberType = typeof(Seeds))]
    public void Seed_has_no_ascii_comma_left_between_chinese(string seed)
    {
        var text = Normalisers.Normalise(Seeds.Read(seed));

        Assert.DoesNotContain(",", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Seeds.All), MemberType = typeof(Seeds))]
    public void Normalising_a_normalised_seed_changes_nothing(string seed)
    {
        var once = Normalisers.Normalise(Seeds.Read(seed));

        Assert.Equal(once, Normalisers.Normalise(once));
    }

    // A lower-case Latin syllable, with or without tone marks or a tone number, in either kind of parentheses.
    [GeneratedRegex(@"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[1-5]?[)）]")]
    private static partial Regex Annotation();
}
