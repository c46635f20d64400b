using Dashboard.Analysis.Comparison;

namespace Dashboard.Analysis.Tests.Comparison;

public class WeightedLogOddsTests
{
    // Expected values by hand from Monroe et al. (2008) eq. 16/18/20, checked with a short Python script.
    // Groups of 40 and 60 tokens, prior strength 100, α_w = the pooled count (see SmallCorpus).
    [Theory]
    // 创新 8 vs 2, α 10: δ = ln(18/122) − ln(12/148) = ln(2664/1464); σ² = 1/18 + 1/12.
    [InlineData(8, 2, 10, 0.598656337139, 0.138888888889, 1.606363518005)]
    // 数字 2 vs 0, α 2: δ = ln(4/136) − ln(2/158); σ² = 1/4 + 1/2.
    [InlineData(2, 0, 2, 0.843087327851, 0.75, 0.973513391370)]
    // 制造 4 vs 4, α 8: δ = ln(12/128) − ln(12/148): equal counts still favour the smaller group.
    [InlineData(4, 4, 8, 0.145182009844, 0.166666666667, 0.355621843951)]
    // 农业 1 vs 9, α 10: δ = ln(11/129) − ln(19/141); σ² = 1/11 + 1/19.
    [InlineData(1, 9, 10, -0.457596220352, 0.143540669856, -1.207799774851)]
    public void Estimate_matches_the_hand_computed_delta_variance_and_z(long countA, long countB, double prior, double delta, double variance, double z)
    {
        var estimate = WeightedLogOdds.Estimate(countA, countB, 40, 60, prior, 100);
        Assert.Equal(delta, estimate.Delta, 1e-10);
        Assert.Equal(variance, estimate.Variance, 1e-10);
        Assert.Equal(z, estimate.Z, 1e-10);
    }

    [Theory]
    [InlineData(8, 2, 40, 60, 10)]
    [InlineData(0, 6, 40, 60, 6)]
    [InlineData(3, 3, 1000, 10, 0.5)]
    public void Swapping_the_groups_negates_delta_and_z_and_keeps_the_variance(long countA, long countB, long tokensA, long tokensB, double prior)
    {
        var forward = WeightedLogOdds.Estimate(countA, countB, tokensA, tokensB, prior, 100);
        var backward = WeightedLogOdds.Estimate(countB, countA, tokensB, tokensA, prior, 100);
        Assert.Equal(-forward.Delta, backward.Delta, 1e-12);
        Assert.Equal(-forward.Z, backward.Z, 1e-12);
        Assert.Equal(forward.Variance, backward.Variance, 1e-12);
    }

    [Fact]
    public void A_term_that_is_every_pooled_token_favours_neither_group()
    {
        // α_w = α0, and each group's tokens are all this term: both "other" masses are zero.
        var estimate = WeightedLogOdds.Estimate(5, 7, 5, 7, 100, 100);
        Assert.Equal(0, estimate.Delta);
        Assert.Equal(0, estimate.Z);
    }

    [Theory]
    [InlineData(-1, 0, 10, 10, 1, 100)]
    [InlineData(11, 0, 10, 10, 1, 100)]
    [InlineData(1, 0, 10, 10, 0, 100)]
    [InlineData(1, 0, 10, 10, 101, 100)]
    public void Impossible_arguments_are_refused(long countA, long countB, long tokensA, long tokensB, double prior, double strength) =>
        Assert.ThrowsAny<ArgumentException>(() => WeightedLogOdds.Estimate(countA, countB, tokensA, tokensB, prior, strength));
}
