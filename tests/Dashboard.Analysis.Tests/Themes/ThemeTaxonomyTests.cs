using System.Text;
using Dashboard.Analysis.Tests.Support;
using Dashboard.Analysis.Themes;

namespace Dashboard.Analysis.Tests.Themes;

public class ThemeTaxonomyTests
{
    [Fact]
    public void Default_taxonomy_has_15_to_25_bilingual_themes_with_definitions()
    {
        var taxonomy = Shared.Taxonomy;
        Assert.InRange(taxonomy.Themes.Count, 15, 25);
        Assert.All(taxonomy.Themes, theme =>
        {
            Assert.False(string.IsNullOrWhiteSpace(theme.Chinese));
            Assert.False(string.IsNullOrWhiteSpace(theme.English));
            Assert.False(string.IsNullOrWhiteSpace(theme.DefinitionEnglish));
            Assert.False(string.IsNullOrWhiteSpace(theme.DefinitionChinese));
            Assert.NotEmpty(theme.Terms);
        });
        foreach (var term in new[] { "新质生产力", "战略性新兴产业", "产学研", "工改工", "冰雪经济", "下一代移动通信" })
        {
            Assert.NotNull(taxonomy.ThemeOfTerm(term));
        }
    }

    [Fact]
    public void Every_term_is_kept_whole_by_the_segmenter()
    {
        var segmenter = Shared.Analyser.Segmenter;
        foreach (var term in Shared.Taxonomy.Terms.Where(t => t.Length > 1))
        {
            Assert.Equal([term], segmenter.Cut(term));
        }
    }

    [Fact]
    public void A_term_in_two_themes_is_refused()
    {
        var json = """{"themes":[{"id":"a","zh":"甲","en":"A","terms":["创新"]},{"id":"b","zh":"乙","en":"B","terms":["创新"]}]}""";
        var error = Assert.Throws<InvalidDataException>(() => ThemeTaxonomy.Parse(Encoding.UTF8.GetBytes(json), "test"));
        Assert.Contains("创新", error.Message);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"themes":[]}""")]
    [InlineData("""{"themes":[{"id":"a","zh":"甲","en":"A","terms":[]}]}""")]
    [InlineData("""{"themes":[{"id":"","zh":"甲","en":"A","terms":["创新"]}]}""")]
    public void A_malformed_taxonomy_says_what_is_wrong(string json)
    {
        Assert.Throws<InvalidDataException>(() => ThemeTaxonomy.Parse(Encoding.UTF8.GetBytes(json), "test"));
    }

    [Fact]
    public void The_version_changes_when_the_content_changes()
    {
        var a = ThemeTaxonomy.Parse(Encoding.UTF8.GetBytes("""{"version":"1","themes":[{"id":"a","zh":"甲","en":"A","terms":["创新"]}]}"""), "a");
        var b = ThemeTaxonomy.Parse(Encoding.UTF8.GetBytes("""{"version":"1","themes":[{"id":"a","zh":"甲","en":"A","terms":["创新","研发"]}]}"""), "b");
        Assert.StartsWith("1+", a.Version);
        Assert.NotEqual(a.Version, b.Version);
    }
}
