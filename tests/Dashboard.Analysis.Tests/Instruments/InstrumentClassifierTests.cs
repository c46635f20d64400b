using System.Text;
using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Tests.Support;

namespace Dashboard.Analysis.Tests.Instruments;

public class InstrumentClassifierTests
{
    private static IReadOnlyList<MeasureClause> Classify(string text) =>
        new InstrumentClassifier(Shared.Rules).Classify("t", Shared.Analyser.Analyse(text));

    [Theory]
    [InlineData("要加强资金保障。", "funding", "supply")]
    [InlineData("持续深入实施“十百千万百万”人才工程。", "talent", "supply")]
    [InlineData("要拓展产业空间，加大土地整备力度。", "land", "environment")]
    [InlineData("用好用活超长期国债、专项债等国家政策工具。", "finance-tax", "environment")]
    [InlineData("深化体制机制改革。", "institutional-reform", "environment")]
    [InlineData("推动大科学装置进一步向企业开放。", "infrastructure", "supply")]
    [InlineData("开展源头创新和关键核心技术研发。", "technology", "supply")]
    [InlineData("建设国家级示范区。", "pilots-demonstrations", "demand")]
    [InlineData("鼓励政府采购创新产品。", "procurement", "demand")]
    public void A_measure_clause_gets_the_type_of_its_cue_words(string sentence, string type, string category)
    {
        var clauses = Classify(sentence).Where(c => c.TypeId != InstrumentType.NoneId).ToList();
        Assert.NotEmpty(clauses);
        Assert.All(clauses, clause =>
        {
            Assert.Equal(type, clause.TypeId);
            Assert.Equal(category, clause.CategoryId);
            Assert.NotEmpty(clause.Cues);
        });
    }

    [Fact]
    public void A_clause_without_a_measure_marker_is_not_a_measure()
    {
        Assert.Empty(Classify("会议以视频形式召开。各县（市、区）设分会场。"));
    }

    [Fact]
    public void A_measure_without_cue_words_is_none()
    {
        var clause = Assert.Single(Classify("要迅速行动起来。"));
        Assert.Equal(InstrumentType.NoneId, clause.TypeId);
        Assert.Empty(clause.Cues);
    }

    [Fact]
    public void Each_clause_of_a_long_sentence_is_classified_on_its_own()
    {
        var clauses = Classify("要强化资源要素保障，加强资金保障，拓展产业空间，强化人才支撑。");
        Assert.Equal(["none", "funding", "land", "talent"], clauses.Select(c => c.TypeId));
    }

    [Fact]
    public void The_evidence_of_a_clause_is_the_clause()
    {
        var clause = Classify("会议强调，要加强资金保障，确保落地。").First(c => c.TypeId == "funding");
        Assert.Equal("要加强资金保障", clause.Evidence.Match);
    }

    [Fact]
    public void The_seeds_use_instruments_of_all_three_sides()
    {
        var classifier = new InstrumentClassifier(Shared.Rules);
        var categories = new[] { Shared.Dongguan, Shared.Suihua }
            .SelectMany(seed => classifier.Classify(seed, Shared.Seed(seed)))
            .Select(c => c.CategoryId)
            .ToHashSet();
        Assert.Superset(new HashSet<string> { "supply", "environment", "demand" }, categories);
    }

    [Fact]
    public void Rules_without_markers_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => InstrumentRules.Parse(Encoding.UTF8.GetBytes("""{"categories":[]}"""), "test"));
    }
}
