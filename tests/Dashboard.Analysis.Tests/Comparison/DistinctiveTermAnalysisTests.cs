using Dashboard.Analysis.Comparison;

namespace Dashboard.Analysis.Tests.Comparison;

public class DistinctiveTermAnalysisTests
{
    private static readonly ComparisonSettings PriorOfOneHundred = SmallCorpus.PriorOfOneHundred;

    [Fact]
    public void Terms_are_ordered_by_z_with_the_hand_computed_figures()
    {
        var result = DistinctiveTermAnalysis.Compare(SmallCorpus.Dongguan, SmallCorpus.Suihua, PriorOfOneHundred);

        // z and G² from the formulas by hand (see WeightedLogOddsTests and LogLikelihoodTests), checked with Python.
        Assert.Equal(["创新", "数字", "制造", "粮食", "农业"], result.Terms.Select(t => t.Term));
        Assert.Equal([1.606363518005, 0.973513391370, 0.355621843951, -1.187549413493, -1.207799774851], result.Terms.Select(t => t.Z), Close);
        Assert.Equal([0.598656337139, 0.843087327851, 0.145182009844, -0.593774706747, -0.457596220352], result.Terms.Select(t => t.LogOddsRatio), Close);
        Assert.Equal([6.695905734287, 3.665162927497, 0.326575956162, 6.129907485192, 4.525783223707], result.Terms.Select(t => t.G2), Close);

        var innovation = result.Terms[0];
        Assert.Equal((8, 2), (innovation.CountA, innovation.CountB));
        Assert.Equal(2000, innovation.PerTenThousandA, 1e-9); // 8 / 40 tokens
        Assert.Equal(333.333333333333, innovation.PerTenThousandB, 1e-9); // 2 / 60 tokens
        Assert.Equal((2, 2), (innovation.DocumentFrequencyA, innovation.DocumentFrequencyB));
        Assert.Equal(ComparisonSide.A, innovation.Favours);
        Assert.Equal(("东莞", "绥化"), (result.GroupA, result.GroupB));
        Assert.Equal(100, result.PriorStrength);
        Assert.Equal(1, result.MinimumCount);
    }

    [Fact]
    public void The_default_prior_of_1000_gives_the_hand_computed_z()
    {
        var result = DistinctiveTermAnalysis.Compare(SmallCorpus.Dongguan, SmallCorpus.Suihua, new ComparisonSettings { MinimumCount = 1 });

        // α_w = 1000 · y_w / 100; 创新: δ = ln(108/1032) − ln(102/1058), σ² = 1/108 + 1/102 (Python).
        Assert.Equal([0.613266437958, 0.377693021826, 0.134181619302, -0.454799466742, -0.459975624575], result.Terms.Select(t => t.Z), Close);
    }

    [Fact]
    public void Swapping_the_groups_negates_z_and_delta_and_keeps_G2()
    {
        var forward = DistinctiveTermAnalysis.Compare(SmallCorpus.Dongguan, SmallCorpus.Suihua);
        var backward = DistinctiveTermAnalysis.Compare(SmallCorpus.Suihua, SmallCorpus.Dongguan);

        Assert.Equal(forward.Terms.Select(t => t.Term).Reverse(), backward.Terms.Select(t => t.Term));
        foreach (var term in forward.Terms)
        {
            var swapped = backward.Terms.Single(t => t.Term == term.Term);
            Assert.Equal(-term.Z, swapped.Z, 1e-12);
            Assert.Equal(-term.LogOddsRatio, swapped.LogOddsRatio, 1e-12);
            Assert.Equal(term.G2, swapped.G2, 1e-12);
            Assert.Equal((term.CountA, term.CountB), (swapped.CountB, swapped.CountA));
            Assert.Equal((term.DocumentFrequencyA, term.DocumentFrequencyB), (swapped.DocumentFrequencyB, swapped.DocumentFrequencyA));
        }
    }

    [Theory]
    [InlineData("数字", ComparisonSide.A)]
    [InlineData("粮食", ComparisonSide.B)]
    public void A_term_found_in_one_group_only_favours_that_group(string term, ComparisonSide side)
    {
        var result = DistinctiveTermAnalysis.Compare(SmallCorpus.Dongguan, SmallCorpus.Suihua);
        var found = result.Terms.Single(t => t.Term == term);
        Assert.Equal(side, found.Favours);
        Assert.Equal(side == ComparisonSide.A ? 1 : -1, Math.Sign(found.Z));
        Assert.Contains(found, result.TopFor(side));
    }

    [Fact]
    public void A_larger_prior_shrinks_the_effect_and_the_z_of_a_rare_term()
    {
        // Two groups of 1,000 tokens; the rare term is seen 2 times in A and never in B (values from Python).
        var a = SmallCorpus.Group("A", 1, 1000, ("罕见", 2), ("常用", 60));
        var b = SmallCorpus.Group("B", 1, 1000, ("常用", 30));
        DistinctiveTerm Rare(double strength) =>
            DistinctiveTermAnalysis.Compare(a, b, new ComparisonSettings { PriorStrength = strength }).Terms.Single(t => t.Term == "罕见");

        Assert.Equal(1.099613289753, Rare(1000).LogOddsRatio, 1e-9); // α = 1: ln(3/1997) − ln(1/1999)
        Assert.Equal(0.952293043265, Rare(1000).Z, 1e-9);
        Assert.Equal(0.182503556976, Rare(10_000).LogOddsRatio, 1e-9); // α = 10: ln(12/10988) − ln(10/10990)
        Assert.Equal(0.426236479236, Rare(10_000).Z, 1e-9);

        // δ always shrinks; z only once the prior count is comparable with the counts: with α = 0.01 the variance
        // 1/α swamps it (z = 0.53 at a prior of 10).
        Assert.True(Rare(10).LogOddsRatio > Rare(1000).LogOddsRatio);
        Assert.Equal(0.529213889747, Rare(10).Z, 1e-9);
    }

    [Fact]
    public void Terms_counted_fewer_times_than_the_minimum_are_left_out()
    {
        // Pooled counts: 创新 10, 农业 10, 制造 8, 粮食 6, 数字 2.
        var keepAll = DistinctiveTermAnalysis.Compare(SmallCorpus.Dongguan, SmallCorpus.Suihua, new ComparisonSettings { MinimumCount = 1 });
        var atLeastThree = DistinctiveTermAnalysis.Compare(SmallCorpus.Dongguan, SmallCorpus.Suihua, new ComparisonSettings { MinimumCount = 3 });
        var atLeastTen = DistinctiveTermAnalysis.Compare(SmallCorpus.Dongguan, SmallCorpus.Suihua, new ComparisonSettings { MinimumCount = 10 });

        Assert.Equal(5, keepAll.Terms.Count);
        Assert.DoesNotContain("数字", atLeastThree.Terms.Select(t => t.Term));
        Assert.Equal(4, atLeastThree.Terms.Count);
        Assert.Equal(new HashSet<string> { "创新", "农业" }, atLeastTen.Terms.Select(t => t.Term).ToHashSet());
    }

    [Fact]
    public void TopFor_gives_each_side_its_terms_most_distinctive_first()
    {
        var result = DistinctiveTermAnalysis.Compare(SmallCorpus.Dongguan, SmallCorpus.Suihua, PriorOfOneHundred);

        Assert.Equal(["创新", "数字", "制造"], result.TopFor(ComparisonSide.A, 10).Select(t => t.Term));
        Assert.Equal(["创新", "数字"], result.TopFor(ComparisonSide.A, 2).Select(t => t.Term));
        Assert.Equal(["农业", "粮食"], result.TopFor(ComparisonSide.B, 10).Select(t => t.Term));
        Assert.Empty(result.TopFor(ComparisonSide.B, 0));
    }

    [Fact]
    public void Terms_with_equal_z_are_in_term_order()
    {
        var a = SmallCorpus.Group("A", 2, 100, ("丙", 1), ("甲", 1), ("乙", 1));
        var b = SmallCorpus.Group("B", 2, 100, ("丁", 3));
        var result = DistinctiveTermAnalysis.Compare(a, b);
        string[] tied = ["丙", "乙", "甲"];
        Assert.Equal(tied.Order(StringComparer.Ordinal), result.TopFor(ComparisonSide.A, 3).Select(t => t.Term));
    }

    [Fact]
    public void Pairwise_compares_every_pair_once_on_the_prior_of_all_groups()
    {
        var third = SmallCorpus.Group("哈尔滨", 2, 50, ("冰雪", 5), ("农业", 2));
        var results = DistinctiveTermAnalysis.Pairwise([SmallCorpus.Dongguan, SmallCorpus.Suihua, third]);

        Assert.Equal([("东莞", "绥化"), ("东莞", "哈尔滨"), ("绥化", "哈尔滨")], results.Select(r => (r.GroupA, r.GroupB)));

        // The prior comes from all three groups, so the first pair differs from comparing the two alone.
        var alone = DistinctiveTermAnalysis.Compare(SmallCorpus.Dongguan, SmallCorpus.Suihua);
        Assert.NotEqual(alone.Terms[0].Z, results[0].Terms.Single(t => t.Term == alone.Terms[0].Term).Z);

        // A pair reports only terms seen in one of its groups.
        Assert.DoesNotContain("冰雪", results[0].Terms.Select(t => t.Term));
    }

    [Fact]
    public void One_against_rest_of_two_groups_equals_their_pairwise_comparison()
    {
        var groups = new[] { SmallCorpus.Dongguan, SmallCorpus.Suihua };
        var pair = DistinctiveTermAnalysis.Pairwise(groups).Single();
        var rest = DistinctiveTermAnalysis.OneAgainstRest(groups);

        Assert.Equal(2, rest.Count);
        Assert.Equal(("东莞", "all but 东莞"), (rest[0].GroupA, rest[0].GroupB));
        Assert.Equal(pair.Terms, rest[0].Terms);
        Assert.Equal(pair.Terms.Select(t => t.Term).Reverse(), rest[1].Terms.Select(t => t.Term));
        Assert.Equal(pair.Terms.Select(t => -t.Z).Reverse(), rest[1].Terms.Select(t => t.Z), Close);
    }

    [Fact]
    public void One_against_rest_equals_comparing_with_the_other_groups_merged()
    {
        var harbin = SmallCorpus.Group("哈尔滨", 2, 50, ("冰雪", 5), ("农业", 2), ("数字", 1));
        TermGroup[] groups = [SmallCorpus.Dongguan, SmallCorpus.Suihua, harbin];
        var rest = DistinctiveTermAnalysis.OneAgainstRest(groups);

        // The merged group holds the same counts, so the pooled prior is the same.
        var merged = DistinctiveTermAnalysis.Compare(SmallCorpus.Dongguan, MergeAllBut(groups, 0));

        Assert.Equal(merged.Terms, rest[0].Terms);
        var farming = rest[0].Terms.Single(t => t.Term == "农业");
        Assert.Equal((1, 13, 1, 4), (farming.CountA, farming.CountB, farming.DocumentFrequencyA, farming.DocumentFrequencyB));
        Assert.Equal(13 * 10_000.0 / 160, farming.PerTenThousandB, 1e-9); // 9 + 2 · 2 in 60 + 2 · 50 tokens

        // 冰雪 is absent from 东莞 but still compared: it favours the rest.
        Assert.Equal(ComparisonSide.B, rest[0].Terms.Single(t => t.Term == "冰雪").Favours);
    }

    [Fact]
    public void One_against_rest_handles_many_groups_and_agrees_with_merging()
    {
        var random = new Random(7);
        var groups = Enumerable.Range(0, 12).Select(g => TermGroup.FromDocuments($"g{g}", Enumerable.Range(0, 3).Select(d =>
        {
            var counts = Enumerable.Range(0, 40).ToDictionary(t => $"t{t}", _ => random.Next(0, 6), StringComparer.Ordinal);
            return new DocumentTerms($"g{g}-{d}", counts, counts.Values.Sum() + random.Next(0, 50));
        }))).ToArray();

        var results = DistinctiveTermAnalysis.OneAgainstRest(groups);

        for (var g = 0; g < groups.Length; g++)
        {
            var others = MergeAllBut(groups, g);
            var merged = DistinctiveTermAnalysis.Compare(groups[g], others);
            Assert.Equal(merged.Terms.Select(t => t.Term), results[g].Terms.Select(t => t.Term));
            Assert.Equal(merged.Terms.Select(t => t.Z), results[g].Terms.Select(t => t.Z), Close);
        }
    }

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) < 1e-9;

    private static TermGroup MergeAllBut(TermGroup[] groups, int excluded)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in groups.Where((_, g) => g != excluded))
        {
            foreach (var (term, count) in group.Counts)
            {
                counts[term] = counts.GetValueOrDefault(term) + count;
                frequency[term] = frequency.GetValueOrDefault(term) + group.DocumentFrequency[term];
            }
        }

        return TermGroup.Create(
            "others",
            groups.Where((_, g) => g != excluded).Sum(g => g.DocumentCount),
            groups.Where((_, g) => g != excluded).Sum(g => g.TokenCount),
            counts,
            frequency);
    }
}
