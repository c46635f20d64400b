using Dashboard.Analysis.Tests.Support;
using Dashboard.Analysis.Themes;

namespace Dashboard.Analysis.Tests.Themes;

public class ThemeMatcherTests
{
    private static IReadOnlyList<ThemeHit> Hits(string seed) => new ThemeMatcher(Shared.Taxonomy).FindHits(seed, Shared.Seed(seed));

    [Fact]
    public void Dongguan_speaks_of_future_industries_platforms_land_and_funding()
    {
        var hits = Hits(Shared.Dongguan);
        var terms = hits.Select(h => h.Term).ToHashSet();
        string[] expected = ["下一代移动通信", "前沿新材料", "未来生命健康", "大科学装置", "松山湖", "工改工", "土地整备", "超长期国债", "产学研深度融合"];
        Assert.Equal([], expected.Except(terms));
        Assert.Contains(hits, h => h.ThemeId == "future-industries");
        Assert.Contains(hits, h => h.ThemeId == "land-space");
    }

    [Fact]
    public void Suihua_speaks_of_agriculture_party_leadership_and_the_ice_and_snow_economy()
    {
        var hits = Hits(Shared.Suihua);
        Assert.Contains(hits, h => h.Term == "农业强市" && h.ThemeId == "agriculture-food");
        Assert.Contains(hits, h => h.Term == "冰雪经济" && h.ThemeId == "services-tourism");
        Assert.Contains(hits, h => h.Term == "第一责任人" && h.ThemeId == "party-leadership");
        Assert.Contains(hits, h => h.Term == "现代化产业体系" && h.ThemeId == "modern-industrial-system");
    }

    [Fact]
    public void A_term_inside_a_longer_term_is_not_counted_twice()
    {
        var text = Shared.Analyser.Analyse("加快发展新质生产力。");
        var hits = new ThemeMatcher(Shared.Taxonomy).FindHits("t", text);
        Assert.Equal(["新质生产力"], hits.Select(h => h.Term));
    }

    [Fact]
    public void Evidence_points_at_the_sentence_in_the_normalised_and_the_original_text()
    {
        var text = Shared.Seed(Shared.Dongguan);
        foreach (var hit in new ThemeMatcher(Shared.Taxonomy).FindHits("d", text))
        {
            var e = hit.Evidence;
            Assert.Equal(hit.Term, text.Text.Substring(e.Start, e.Length));
            Assert.Equal(hit.Term, e.Match);
            Assert.Equal(text.Sentences[e.SentenceIndex].Text, e.Sentence);
            // The original span holds the same words in traditional characters with pinyin: normalising it gives the term back.
            var original = text.Source.Substring(e.SourceStart, e.SourceLength);
            Assert.Equal(hit.Term, Shared.Analyser.Normaliser.Normalise(original).Text);
        }
    }

    [Fact]
    public void A_text_without_any_term_has_no_hits()
    {
        Assert.Empty(new ThemeMatcher(Shared.Taxonomy).FindHits("t", Shared.Analyser.Analyse("今天天气很好，我们去公园散步。")));
    }
}
