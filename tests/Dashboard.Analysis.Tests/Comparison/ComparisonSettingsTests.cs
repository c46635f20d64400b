using Dashboard.Analysis.Comparison;

namespace Dashboard.Analysis.Tests.Comparison;

public class ComparisonSettingsTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var settings = ComparisonSettings.Default;
        Assert.Equal((1000.0, 2, 20, 1000L), (settings.PriorStrength, settings.MinimumCount, settings.TopTerms, settings.SmallGroupTokens));
        Assert.Equal(settings, new ComparisonSettings());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Prior_strength_must_be_positive_and_finite(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComparisonSettings { PriorStrength = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => ComparisonSettings.Default with { PriorStrength = value });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Counts_must_be_positive(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComparisonSettings { MinimumCount = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComparisonSettings { TopTerms = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComparisonSettings { SmallGroupTokens = value });
    }

    [Fact]
    public void Positive_values_are_kept()
    {
        var settings = new ComparisonSettings { PriorStrength = 0.5, MinimumCount = 1, TopTerms = 3, SmallGroupTokens = 1 };
        Assert.Equal((0.5, 1, 3, 1L), (settings.PriorStrength, settings.MinimumCount, settings.TopTerms, settings.SmallGroupTokens));
    }
}
