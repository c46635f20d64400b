using Dashboard.Analysis.Places;

namespace Dashboard.Analysis.Tests.Places;

public class GazetteerSearchTests
{
    private static Gazetteer Gazetteer => PlaceTestData.Gazetteer;

    [Theory]
    [InlineData("suihua")]
    [InlineData("Suihua")]
    [InlineData("SUI HUA")]
    [InlineData("绥化")]
    [InlineData("绥化市")]
    public void Search_finds_suihua_first_by_pinyin_english_or_chinese(string query)
    {
        Assert.Equal("231200", Gazetteer.Search(query, 5)[0].Code);
    }

    [Fact]
    public void Search_by_a_prefix_puts_prefectures_before_counties()
    {
        var results = Gazetteer.Search("Dong", 10);

        Assert.Equal(10, results.Count);
        Assert.Contains(results, d => d.Code == "441900");
        var levels = results.Select(d => d.Level).ToList();
        Assert.Equal(levels.Order(), levels);
        Assert.All(results, d => Assert.StartsWith("dong", d.Pinyin, StringComparison.Ordinal));
    }

    [Fact]
    public void Exact_matches_come_first_with_the_higher_level_first()
    {
        Assert.Equal(["220500", "220521"], Gazetteer.Search("通化", 10).Select(d => d.Code));
    }

    [Fact]
    public void Prefix_matches_come_before_names_that_only_contain_the_query()
    {
        var results = Gazetteer.Search("肥", 10);

        Assert.Equal("合肥市", results[^1].Name);
        Assert.All(results.Take(results.Count - 1), d => Assert.StartsWith("肥", d.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("inner mongolia", "150000")]
    [InlineData("Shaanxi", "610000")]
    [InlineData("hong kong", "810000")]
    [InlineData("xi'an", "610100")]
    [InlineData("lvliang", "141100")]
    [InlineData("luliang", "141100")]
    [InlineData("Lüliang", "141100")]
    [InlineData("harbin", "230100")]
    [InlineData("wangkui county", "231221")]
    public void Search_understands_english_names_apostrophes_and_u_umlaut(string query, string code)
    {
        Assert.Contains(Gazetteer.Search(query, 5), d => d.Code == code);
    }

    [Fact]
    public void Search_of_a_substring_finds_names_containing_it()
    {
        Assert.Contains(Gazetteer.Search("guan", 200), d => d.Code == "441900");
    }

    [Fact]
    public void Search_respects_the_limit_and_an_empty_query_finds_nothing()
    {
        Assert.Equal(3, Gazetteer.Search("shan", 3).Count);
        Assert.Empty(Gazetteer.Search("  ", 10));
        Assert.Empty(Gazetteer.Search("zzzz", 10));
    }

    [Fact]
    public void Find_by_name_returns_every_division_of_that_name()
    {
        var chaoyang = Gazetteer.FindByName("朝阳区");

        Assert.Contains(chaoyang, d => d.Code == "110105");
        Assert.Contains(chaoyang, d => d.Code == "220104");
        Assert.All(chaoyang, d => Assert.Equal("朝阳区", d.Name));
    }

    [Fact]
    public void Find_by_name_accepts_short_names_and_lists_provinces_first()
    {
        Assert.Equal("441900", Assert.Single(Gazetteer.FindByName("东莞")).Code);
        Assert.Equal(["220000", "220200"], Gazetteer.FindByName("吉林").Select(d => d.Code));
        Assert.Empty(Gazetteer.FindByName("不存在"));
    }
}
