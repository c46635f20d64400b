namespace Dashboard.Analysis.Comparison;

/// <summary>A term's weighted log-odds ratio between two groups: δ, its approximate variance σ², and z = δ / σ.</summary>
public readonly record struct LogOddsEstimate(double Delta, double Variance, double Z);

/// <summary>
/// The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008, "Fightin'
/// Words", Political Analysis 16(4), §3.5, equations 16, 18, 20). For term w, groups i and j, counts y, group sizes n,
/// prior count α_w and prior strength α0 = Σ α_w:
/// δ = log((y_i + α_w) / (n_i + α0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α0 − y_j − α_w)),
/// σ² ≈ 1/(y_i + α_w) + 1/(y_j + α_w), z = δ / σ. Positive values favour group i.
/// </summary>
public static class WeightedLogOdds
{
    public static LogOddsEstimate Estimate(long countA, long countB, long tokensA, long tokensB, double priorCount, double priorStrength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(countA);
        ArgumentOutOfRangeException.ThrowIfNegative(countB);
        ArgumentOutOfRangeException.ThrowIfLessThan(tokensA, countA);
        ArgumentOutOfRangeException.ThrowIfLessThan(tokensB, countB);
        if (!(priorCount > 0 && priorCount <= priorStrength && double.IsFinite(priorStrength)))
        {
            throw new ArgumentOutOfRangeException(nameof(priorCount), priorCount, "The prior count must be positive and at most the prior strength.");
        }

        var withPriorA = countA + priorCount;
        var withPriorB = countB + priorCount;

        // The other terms' counts plus their prior mass, summed as whole numbers first to keep precision.
        var otherPrior = priorStrength - priorCount;
        var othersA = (tokensA - countA) + otherPrior;
        var othersB = (tokensB - countB) + otherPrior;

        // Both zero only when the term is every token of the pooled corpus: both groups use it at the same rate.
        var delta = othersA == 0 && othersB == 0
            ? 0
            : Math.Log(withPriorA / othersA) - Math.Log(withPriorB / othersB);
        var variance = (1 / withPriorA) + (1 / withPriorB);
        return new LogOddsEstimate(delta, variance, delta / Math.Sqrt(variance));
    }
}
