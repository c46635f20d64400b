using Dashboard.Analysis.Comparison;

namespace Dashboard.Analysis.Tests.Comparison;

public class LogLikelihoodTests
{
    // Expected values from G² = 2(a ln(a/E1) + b ln(b/E2)), E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d), by hand and Python.
    [Theory]
    // E1 = 4, E2 = 6: 2(8 ln 2 + 2 ln(1/3)).
    [InlineData(8, 2, 40, 60, 6.695905734287)]
    // E1 = 0.8, E2 = 1.2: 2 · 2 ln 2.5 (b = 0 adds nothing).
    [InlineData(2, 0, 40, 60, 3.665162927497)]
    // E1 = 2.4, E2 = 3.6: 2 · 6 ln(6/3.6).
    [InlineData(0, 6, 40, 60, 6.129907485192)]
    // E1 = 5, E2 = 5: 2 · 10 ln 2.
    [InlineData(10, 0, 100, 100, 13.862943611199)]
    // Same rate in both corpora.
    [InlineData(5, 10, 1000, 2000, 0)]
    [InlineData(0, 0, 1000, 2000, 0)]
    public void G2_matches_the_hand_computed_value(long a, long b, long c, long d, double expected) =>
        Assert.Equal(expected, LogLikelihood.G2(a, b, c, d), 1e-9);

    [Theory]
    [InlineData(8, 2, 40, 60)]
    [InlineData(1, 30, 5000, 200)]
    public void G2_does_not_depend_on_the_order_of_the_corpora(long a, long b, long c, long d) =>
        Assert.Equal(LogLikelihood.G2(a, b, c, d), LogLikelihood.G2(b, a, d, c), 1e-12);

    [Fact]
    public void A_count_larger_than_its_corpus_is_refused() =>
        Assert.ThrowsAny<ArgumentException>(() => LogLikelihood.G2(11, 0, 10, 10));
}
