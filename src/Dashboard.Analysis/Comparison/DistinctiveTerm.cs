namespace Dashboard.Analysis.Comparison;

/// <summary>
/// One term of a comparison of group A with group B. <see cref="Z"/> is the weighted log-odds ratio's z-score
/// (positive: the term is distinctive of A), <see cref="LogOddsRatio"/> its effect size δ, <see cref="G2"/> the
/// log-likelihood statistic; rates are per 10,000 tokens of each group.
/// </summary>
public sealed record DistinctiveTerm(
    string Term,
    double Z,
    double LogOddsRatio,
    double G2,
    long CountA,
    long CountB,
    double PerTenThousandA,
    double PerTenThousandB,
    int DocumentFrequencyA,
    int DocumentFrequencyB)
{
    /// <summary>The side whose use of the term stands out, or null when neither does (z = 0).</summary>
    public ComparisonSide? Favours => Z > 0 ? ComparisonSide.A : Z < 0 ? ComparisonSide.B : null;
}
