namespace Dashboard.Analysis.Comparison;

/// <summary>Every figure of one term in one comparison.</summary>
internal sealed class TermScorer(PooledCorpus pooled, double[] prior, double priorStrength, ComparedSide a, ComparedSide b)
{
    public DistinctiveTerm Score(int term)
    {
        var countA = a.CountOf(term);
        var countB = b.CountOf(term);
        var estimate = WeightedLogOdds.Estimate(countA, countB, a.TokenCount, b.TokenCount, prior[term], priorStrength);
        return new DistinctiveTerm(
            pooled.Terms[term],
            estimate.Z,
            estimate.Delta,
            LogLikelihood.G2(countA, countB, a.TokenCount, b.TokenCount),
            countA,
            countB,
            PerTenThousand(countA, a.TokenCount),
            PerTenThousand(countB, b.TokenCount),
            a.DocumentFrequencyOf(term),
            b.DocumentFrequencyOf(term));
    }

    private static double PerTenThousand(long count, long tokens) => tokens == 0 ? 0 : count * 10_000.0 / tokens;
}
