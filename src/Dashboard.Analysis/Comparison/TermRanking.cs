namespace Dashboard.Analysis.Comparison;

/// <summary>Orders the terms of one comparison by z, most distinctive of side A first.</summary>
internal static class TermRanking
{
    /// <param name="candidates">Term indices, ascending.</param>
    /// <param name="countA">Side A's count of each candidate, aligned with <paramref name="candidates"/>.</param>
    /// <param name="countB">Side B's count of each candidate.</param>
    public static int[] ByZ(
        int[] candidates,
        long[] countA,
        long[] countB,
        ComparedSide a,
        ComparedSide b,
        double[] prior,
        double priorStrength)
    {
        var keys = new double[candidates.Length];
        for (var k = 0; k < candidates.Length; k++)
        {
            keys[k] = -WeightedLogOdds.Estimate(countA[k], countB[k], a.TokenCount, b.TokenCount, prior[candidates[k]], priorStrength).Z;
        }

        var order = (int[])candidates.Clone();
        Array.Sort(keys, order);

        // Rare terms often tie (same counts, same z): order ties by term so that results do not depend on the sort.
        var start = 0;
        for (var k = 1; k <= keys.Length; k++)
        {
            if (k == keys.Length || keys[k] != keys[start])
            {
                if (k - start > 1)
                {
                    Array.Sort(order, start, k - start);
                }

                start = k;
            }
        }

        return order;
    }
}
