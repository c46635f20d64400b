using System.Text;
using Dashboard.Analysis.Industries;

namespace Dashboard.Analysis.Tests.Industries;

public class IndustryVocabularyTests
{
    private static readonly Lazy<IndustryResolver> Resolver = new(() => new IndustryResolver(IndustryVocabulary.LoadDefault(), IndustryCues.LoadDefault()));

    [Fact]
    public void The_default_vocabulary_loads_hundreds_of_industries_in_every_group_with_a_source_each()
    {
        var vocabulary = Resolver.Value.Vocabulary;

        Assert.True(vocabulary.Industries.Count >= 300, $"{vocabulary.Industries.Count} industries");
        Assert.Equal(["strategic-emerging", "future", "manufacturing", "agriculture", "services", "resources"], vocabulary.Groups.Select(g => g.Id));
        Assert.All(vocabulary.Groups, g => Assert.Contains(vocabulary.Industries, i => vocabulary.GroupOf(i) == g));
        Assert.All(vocabulary.Industries, i => Assert.False(string.IsNullOrWhiteSpace(i.Source)));
        Assert.Equal(9, vocabulary.Categories.Count(c => c.GroupId == "strategic-emerging"));
        Assert.Equal(6, vocabulary.Categories.Count(c => c.GroupId == "future"));
    }

    [Theory]
    [InlineData("新能源汽车", "new-energy-vehicles")]
    [InlineData("智能网联新能源汽车", "new-energy-vehicles")]
    [InlineData("新能源汽车产业集群", "new-energy-vehicles")]
    [InlineData("前沿新材料", "frontier-new-materials")]
    [InlineData("现代物流", "modern-logistics")]
    [InlineData("旅游业", "tourism")]
    public void A_variant_a_head_or_a_qualifier_leaves_an_industry_the_same(string phrase, string id)
    {
        Assert.Equal(id, Resolver.Value.Resolve(phrase)?.Id);
    }

    [Theory]
    [InlineData("光伏组件", "photovoltaics")]
    [InlineData("天然饮用水", "drinking-water")]
    public void A_product_of_an_industry_denotes_the_industry(string phrase, string id)
    {
        Assert.Null(Resolver.Value.Resolve(phrase));
        Assert.Equal(id, Resolver.Value.ResolveContained(phrase)?.Id);
    }

    [Fact]
    public void Umbrellas_are_no_industry()
    {
        foreach (var umbrella in new[] { "战略性新兴产业", "未来产业", "先进制造业", "现代服务业", "现代化产业体系" })
        {
            Assert.True(Resolver.Value.Vocabulary.IsUmbrella(umbrella), umbrella);
            Assert.Null(Resolver.Value.Resolve(umbrella));
        }
    }

    [Fact]
    public void A_term_that_denotes_two_industries_is_refused_at_load()
    {
        var error = Assert.Throws<InvalidDataException>(() => IndustryVocabulary.Parse(File("""
            "industries": [
              { "id": "a", "zh": "光伏", "en": "PV", "category": "c", "source": "s" },
              { "id": "b", "zh": "太阳能", "en": "Solar", "category": "c", "variants": ["光伏"], "source": "s" }
            ]
            """), "test.json"));

        Assert.Contains("'光伏' denotes both 'a' and 'b'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "a", "zh": "光伏", "en": "PV", "category": "nowhere", "source": "s" }""", "names the category 'nowhere'")]
    [InlineData("""{ "id": "A b", "zh": "光伏", "en": "PV", "category": "c", "source": "s" }""", "must be lowercase letters")]
    [InlineData("""{ "id": "a", "zh": "光伏", "en": "PV", "category": "c" }""", "source of industry a is missing")]
    public void A_broken_entry_is_refused_at_load_in_words(string industry, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => IndustryVocabulary.Parse(File($"\"industries\": [ {industry} ]"), "test.json"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_umbrella_that_is_also_a_term_is_refused()
    {
        var json = File("""
            "industries": [ { "id": "a", "zh": "未来产业", "en": "x", "category": "c", "source": "s" } ],
            "umbrellas": [ { "term": "未来产业", "source": "s" } ]
            """);

        Assert.Throws<InvalidDataException>(() => IndustryVocabulary.Parse(json, "test.json"));
    }

    private static byte[] File(string rest) => Encoding.UTF8.GetBytes($$"""
        {
          "version": "t",
          "groups": [ { "id": "g", "zh": "组", "en": "Group" } ],
          "categories": [ { "id": "c", "group": "g", "zh": "类", "en": "Category", "source": "s" } ],
          {{rest}}
        }
        """);
}
